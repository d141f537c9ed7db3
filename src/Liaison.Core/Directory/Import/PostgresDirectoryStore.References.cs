using Npgsql;

namespace Liaison.Core.Directory.Import;

/// <summary>What an unfinished FHIR run's committed resources are imported under (<see cref="ImportReference"/>).</summary>
internal sealed partial class PostgresDirectoryStore
{
    public async Task SaveReferencesAsync(Guid runId, IReadOnlyList<ImportedReference> references, CancellationToken ct)
    {
        if (references.Count == 0) return;
        // A statement may not touch a row twice: a reference given twice in a batch (a repeated resource, two roles' contained
        // organisations under one local id) keeps its last, as in memory (FhirReferences) and on SQLite.
        references = references.GroupBy(r => r.Reference, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await using var cmd = Command("""
            INSERT INTO directory_import_references (run_id, reference, system, value)
            SELECT @run, r, s, v FROM unnest(@references, @systems, @values) k(r, s, v)
            ON CONFLICT (run_id, reference) DO UPDATE SET system = excluded.system, value = excluded.value
            """);
        cmd.Parameters.AddWithValue("run", runId);
        cmd.Parameters.AddWithValue("references", references.Select(r => r.Reference).ToArray());
        cmd.Parameters.AddWithValue("systems", references.Select(r => r.System).ToArray());
        cmd.Parameters.AddWithValue("values", references.Select(r => r.Value).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<ImportedReference?> FindReferenceAsync(Guid runId, string reference, CancellationToken ct)
    {
        await using var cmd = Command("SELECT system, value FROM directory_import_references WHERE run_id = $1 AND reference = $2");
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = reference });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new(reference, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1)) : null;
    }

    public async Task ForgetReferencesAsync(Guid runId, CancellationToken ct)
    {
        await using var cmd = Command("DELETE FROM directory_import_references WHERE run_id = $1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId });
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
