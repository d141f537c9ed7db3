using DuckDB.NET.Data;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Outcome rows of a SQLite workspace (SQLite has no analytic engine of its own) copied into an in-process DuckDB
/// with the appender and aggregated there by the same SQL PostgreSQL runs. The rows were validated when imported.
/// </summary>
public sealed class DuckDbPanel : OutcomePanel
{
    private readonly DuckDBConnection _db;
    private IReadOnlyList<Exposure> _exposures = [];
    private IReadOnlyList<SubjectSummary> _subjects = [];

    private DuckDbPanel(DuckDBConnection db, string sourceName)
    {
        _db = db;
        SourceName = sourceName;
    }

    public override string SourceName { get; }

    public static async Task<DuckDbPanel> FromRowsAsync(string sourceName,
        IAsyncEnumerable<(string Subject, int Month, long Events, double Exposure)> rows, CancellationToken ct)
    {
        var db = new DuckDBConnection("Data Source=:memory:");
        await db.OpenAsync(ct);
        var spill = Path.Combine(Path.GetTempPath(), "liaison-duckdb");
        // Order of rows does not matter to sums; dropping it lets DuckDB aggregate with less memory.
        await Execute(db, $"SET preserve_insertion_order = false; SET memory_limit = '360MB'; SET temp_directory = '{spill.Replace("'", "''", StringComparison.Ordinal)}'", ct);
        await Execute(db, "CREATE TEMP TABLE outcome_rows (subject_id VARCHAR, month INTEGER, events BIGINT, exposure DOUBLE)", ct);
        using (var appender = db.CreateAppender("outcome_rows"))
            await foreach (var r in rows.WithCancellation(ct))
                appender.CreateRow().AppendValue(r.Subject).AppendValue(r.Month).AppendValue(r.Events).AppendValue(r.Exposure).EndRow();
        return new DuckDbPanel(db, sourceName);
    }

    public override async Task LoadTreatedAsync(IReadOnlyList<Exposure> exposures, CancellationToken ct)
    {
        _exposures = exposures;
        await Execute(_db, "CREATE OR REPLACE TEMP TABLE treated (subject_id VARCHAR PRIMARY KEY)", ct);
        using var appender = _db.CreateAppender("treated");
        foreach (var e in exposures) appender.CreateRow().AppendValue(e.SubjectId).EndRow();
    }

    public override async Task<PanelCounts> SummariseAsync(AnalysisWindows w, CancellationToken ct)
    {
        await using var cmd = _db.CreateCommand();
        cmd.CommandText = PanelSql.Subjects("outcome_rows", null, w, PanelSql.Dialect.DuckDb);
        var (subjects, counts) = await StoredSummaries.ReadAsync(cmd, _exposures, ct);
        _subjects = subjects;
        return counts;
    }

    public override Task<IReadOnlyList<SubjectSummary>> SubjectsAsync(CancellationToken ct) => Task.FromResult(_subjects);

    public override async Task<IReadOnlyList<ClusterCell>> CellsAsync(double[]? weights, AnalysisWindows w, CancellationToken ct)
    {
        if (weights is not null)
        {
            await Execute(_db, "CREATE OR REPLACE TEMP TABLE weights (subject_id VARCHAR PRIMARY KEY, weight DOUBLE, treated BOOLEAN)", ct);
            using var appender = _db.CreateAppender("weights");
            foreach (var x in Weighted(_subjects, weights))
                appender.CreateRow().AppendValue(x.SubjectId).AppendValue(x.Weight).AppendValue(x.Treated).EndRow();
        }
        await using var cmd = _db.CreateCommand();
        cmd.CommandText = weights is null
            ? PanelSql.Cells("outcome_rows", null, w, "", "o.subject_id IN (SELECT subject_id FROM treated)", null, PanelSql.Dialect.DuckDb)
            : PanelSql.Cells("outcome_rows", null, w, "JOIN weights x ON x.subject_id = o.subject_id", "x.treated", "x.weight", PanelSql.Dialect.DuckDb);
        return await PanelSql.ReadCellsAsync(cmd, ct);
    }

    private static async Task Execute(DuckDBConnection db, string sql, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public override async ValueTask DisposeAsync() => await _db.DisposeAsync();
}
