namespace Liaison.Core.Directory.Import;

/// <summary>What the FHIR imports' resources are imported under, by reference (<see cref="ImportReference"/>).</summary>
internal sealed partial class PostgresDirectoryStore
{
    public async Task SaveReferencesAsync(Guid runId, IReadOnlyList<ImportedReference> references, CancellationToken ct)
    {
        if (references.Count == 0) return;
        // A statement may not touch a row twice: a reference given twice in a batch (a repeated resource, two roles' contained
        // organisations under one local id) keeps its last, as in memory (FhirReferences) and on SQLite. One row per
        // reference: a later import of a resource under it replaces what it points at.
        references = references.GroupBy(r => r.Reference, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await using var cmd = Command("""
            INSERT INTO directory_import_references (reference, run_id, system, value)
            SELECT r, @run, s, v FROM unnest(@references, @systems, @values) k(r, s, v)
            ON CONFLICT (reference) DO UPDATE SET run_id = excluded.run_id, system = excluded.system, value = excluded.value
            """);
        cmd.Parameters.AddWithValue("run", runId);
        cmd.Parameters.AddWithValue("references", references.Select(r => r.Reference).ToArray());
        cmd.Parameters.AddWithValue("systems", references.Select(r => r.System).ToArray());
        cmd.Parameters.AddWithValue("values", references.Select(r => r.Value).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<Dictionary<string, ImportedReference>> FindReferencesAsync(IReadOnlyCollection<string> references, CancellationToken ct)
    {
        var found = new Dictionary<string, ImportedReference>(StringComparer.Ordinal);
        if (references.Count == 0) return found;
        await using var cmd = Command("""
            SELECT r.reference, r.system, r.value FROM directory_import_references r WHERE r.reference = ANY(@references)
            """);
        cmd.Parameters.AddWithValue("references", references.ToArray());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            found[reader.GetString(0)] = new(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2));
        return found;
    }
}
