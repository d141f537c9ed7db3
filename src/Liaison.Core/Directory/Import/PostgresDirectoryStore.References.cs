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

    public async Task<Dictionary<string, ImportedReference>> FindReferencesAsync(Guid runId, IReadOnlyCollection<string> references, CancellationToken ct)
    {
        var found = new Dictionary<string, ImportedReference>(StringComparer.Ordinal);
        if (references.Count == 0) return found;
        await using var cmd = Command("""
            SELECT k.reference, r.system, r.value FROM unnest(@references) k(reference)
            CROSS JOIN LATERAL (SELECT system, value FROM directory_import_references WHERE run_id = @run AND reference = k.reference LIMIT 1) r
            """);
        cmd.Parameters.AddWithValue("run", runId);
        cmd.Parameters.AddWithValue("references", references.ToArray());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            found[reader.GetString(0)] = new(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2));
        return found;
    }

    public async Task ForgetReferencesAsync(Guid runId, CancellationToken ct)
    {
        await using var cmd = Command("DELETE FROM directory_import_references WHERE run_id = $1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = runId });
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
