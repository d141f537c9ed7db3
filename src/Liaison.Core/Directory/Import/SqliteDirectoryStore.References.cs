namespace Liaison.Core.Directory.Import;

/// <summary>What an unfinished FHIR run's committed resources are imported under (<see cref="ImportReference"/>).</summary>
internal sealed partial class SqliteDirectoryStore
{
    public Task SaveReferencesAsync(Guid runId, IReadOnlyList<ImportedReference> references, CancellationToken ct)
    {
        foreach (var r in references)
            S("INSERT INTO directory_import_references (run_id, reference, system, value) VALUES (?1, ?2, ?3, ?4) "
              + "ON CONFLICT (run_id, reference) DO UPDATE SET system = excluded.system, value = excluded.value")
                .Guid(runId).Text(r.Reference).Text(r.System).Text(r.Value).Run();
        return Task.CompletedTask;
    }

    public Task<Dictionary<string, ImportedReference>> FindReferencesAsync(Guid runId, IReadOnlyCollection<string> references, CancellationToken ct)
    {
        var found = new Dictionary<string, ImportedReference>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            var find = S("SELECT system, value FROM directory_import_references WHERE run_id = ?1 AND reference = ?2").Guid(runId).Text(reference);
            if (find.Step()) found[reference] = new(reference, find.ColumnText(0), find.ColumnText(1)!);
            find.Reset();
        }
        return Task.FromResult(found);
    }

    public Task ForgetReferencesAsync(Guid runId, CancellationToken ct)
    {
        S("DELETE FROM directory_import_references WHERE run_id = ?1").Guid(runId).Run();
        return Task.CompletedTask;
    }
}
