using Liaison.Core.Data;
using Liaison.Core.Impact.Engine;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Impact;

/// <summary>
/// The inputs of an initiative's analysis from the workspace: on PostgreSQL the rows are aggregated by
/// PostgreSQL in place; on SQLite they are streamed into DuckDB (SQLite has no analytic engine of its own).
/// </summary>
[CoreService]
public sealed class WorkspacePanel(LiaisonDbContext db, WorkspaceDatabase database)
{
    /// <param name="initiativeId">The initiative whose targets are the treated subjects.</param>
    public async Task<OutcomePanel> OpenAsync(OutcomeDataset dataset, Guid initiativeId, CancellationToken ct)
    {
        if (database.Provider == DatabaseProvider.Postgres)
            return await PostgresPanel.OpenAsync(database.ConnectionString, dataset.Id, initiativeId, dataset.Name, ct);
        var rows = db.OutcomeObservations.AsNoTracking().Where(o => o.DatasetId == dataset.Id)
            .Select(o => ValueTuple.Create(o.SubjectId, o.Month, o.Events, o.Exposure)).AsAsyncEnumerable();
        return await DuckDbPanel.FromRowsAsync(dataset.Name, rows.Select(r => (r.Item1, r.Item2, r.Item3, r.Item4)), ct);
    }

    public async Task<IReadOnlyList<Exposure>> ExposuresAsync(Guid initiativeId, CancellationToken ct) =>
        (await db.InitiativeTargets.AsNoTracking().Where(t => t.InitiativeId == initiativeId).OrderBy(t => t.SubjectId)
            .Select(t => new { t.SubjectId, t.ExposedOn }).ToListAsync(ct))
        .Select((t, i) => new Exposure(t.SubjectId, t.ExposedOn, i + 1)).ToList();

    /// <summary>The dataset's covariates pivoted to one column per name; a column is numeric if all its values parse.</summary>
    public async Task<CovariateTable> CovariatesAsync(Guid datasetId, IReadOnlySet<string>? categorical, CancellationToken ct)
    {
        var values = await db.SubjectCovariates.AsNoTracking().Where(c => c.DatasetId == datasetId)
            .Select(c => new { c.SubjectId, c.Name, c.Value }).ToListAsync(ct);
        if (values.Count == 0) return CovariateTable.Empty;
        var subjects = values.Select(v => v.SubjectId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var row = subjects.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var columns = values.GroupBy(v => v.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var cells = new List<string>(Enumerable.Repeat("", subjects.Count));
            foreach (var v in g) cells[row[v.SubjectId]] = v.Value;
            return CovariateColumn.From(g.Key, cells, categorical?.Contains(g.Key) == true);
        }).ToList();
        return new CovariateTable(subjects, columns);
    }
}
