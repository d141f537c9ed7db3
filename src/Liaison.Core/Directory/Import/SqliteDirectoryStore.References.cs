namespace Liaison.Core.Directory.Import;

/// <summary>What the FHIR imports' resources are imported under, by reference (<see cref="ImportReference"/>).</summary>
internal sealed partial class SqliteDirectoryStore
{
    public Task SaveReferencesAsync(Guid runId, IReadOnlyList<ImportedReference> references, CancellationToken ct)
    {
        // One row per reference: a later import of a resource under it replaces what it points at.
        foreach (var r in references)
            S("INSERT INTO directory_import_references (reference, run_id, system, value) VALUES (?1, ?2, ?3, ?4) "
              + "ON CONFLICT (reference) DO UPDATE SET run_id = excluded.run_id, system = excluded.system, value = excluded.value")
                .Text(r.Reference).Guid(runId).Text(r.System).Text(r.Value).Run();
        return Task.CompletedTask;
    }

    public Task<Dictionary<string, ImportedReference>> FindReferencesAsync(IReadOnlyCollection<string> references, CancellationToken ct)
    {
        var found = new Dictionary<string, ImportedReference>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            var find = S("SELECT system, value FROM directory_import_references WHERE reference = ?1").Text(reference);
            if (find.Step()) found[reference] = new(reference, find.ColumnText(0), find.ColumnText(1)!);
            find.Reset();
        }
        return Task.FromResult(found);
    }
}
