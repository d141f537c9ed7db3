using System.Globalization;
using DuckDB.NET.Data;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Outcome rows aggregated by an in-process DuckDB: straight from the CSV file (read with explicit column types,
/// never loaded into .NET), or from rows copied in from a SQLite workspace.
/// </summary>
public sealed partial class DuckDbPanel : OutcomePanel
{
    private readonly DuckDBConnection _db;
    private readonly string _source;
    private readonly string? _csvPath;

    private DuckDbPanel(DuckDBConnection db, string source, string sourceName, string? csvPath)
    {
        _db = db;
        _source = source;
        SourceName = sourceName;
        _csvPath = csvPath;
    }

    public override string SourceName { get; }

    /// <summary>Reads <c>outcomes.csv</c> of the contract; the header is checked here, the rows by the engine.</summary>
    public static async Task<DuckDbPanel> OpenCsvAsync(string path, CancellationToken ct)
    {
        IReadOnlyList<string> header;
        using (var csv = new CsvLines(path))
        {
            csv.Require("subject_id", "period", "events", "exposure");
            header = csv.Header;
        }
        var types = header.Select(h => h switch
        {
            "subject_id" => "VARCHAR", "period" => "DATE", "events" => "BIGINT", "exposure" => "DOUBLE", _ => "VARCHAR",
        });
        var columns = string.Join(", ", header.Zip(types, (h, t) => $"{Literal(h)}: '{t}'"));
        // Periods are parsed as dates with the YYYY-MM format, so a bad period is a rejected line like a bad number.
        var source = $$"""
            SELECT subject_id, year(period) * 12 + month(period) - 1 AS month, events, exposure
            FROM read_csv({{Literal(Path.GetFullPath(path))}}, header = true, auto_detect = false, delim = ',', quote = '"',
                columns = {{{columns}}}, dateformat = '%Y-%m', store_rejects = true)
            """;
        var db = await OpenAsync(ct);
        return new DuckDbPanel(db, source, Path.GetFileName(path), path);
    }

    /// <summary>Rows that were validated when they were imported into the workspace, copied in with the appender.</summary>
    public static async Task<DuckDbPanel> FromRowsAsync(string sourceName,
        IAsyncEnumerable<(string Subject, int Month, long Events, double Exposure)> rows, CancellationToken ct)
    {
        var db = await OpenAsync(ct);
        await Execute(db, "CREATE TEMP TABLE outcome_rows (subject_id VARCHAR, month INTEGER, events BIGINT, exposure DOUBLE)", ct);
        using (var appender = db.CreateAppender("outcome_rows"))
            await foreach (var r in rows.WithCancellation(ct))
                appender.CreateRow().AppendValue(r.Subject).AppendValue(r.Month).AppendValue(r.Events).AppendValue(r.Exposure).EndRow();
        return new DuckDbPanel(db, "SELECT subject_id, month, events, exposure FROM outcome_rows", sourceName, null);
    }

    private static async Task<DuckDBConnection> OpenAsync(CancellationToken ct)
    {
        var db = new DuckDBConnection("Data Source=:memory:");
        await db.OpenAsync(ct);
        var spill = Path.Combine(Path.GetTempPath(), "liaison-duckdb");
        // Order of rows does not matter to sums; dropping it lets the CSV reader stream with less memory.
        await Execute(db, $"SET preserve_insertion_order = false; SET memory_limit = '640MB'; SET temp_directory = {Literal(spill)}", ct);
        return db;
    }

    public override async Task LoadTreatedAsync(IReadOnlyList<Exposure> exposures, CancellationToken ct)
    {
        await Execute(_db, "CREATE OR REPLACE TEMP TABLE treated (subject_id VARCHAR PRIMARY KEY)", ct);
        using var appender = _db.CreateAppender("treated");
        foreach (var e in exposures) appender.CreateRow().AppendValue(e.SubjectId).EndRow();
    }

    public override async Task<PanelCounts> SummariseAsync(AnalysisWindows w, CancellationToken ct)
    {
        await Execute(_db, PanelSql.Summary(_source, w, PanelSql.Dialect.DuckDb), ct);
        return await PanelSql.ReadCountsAsync(_db, ct);
    }

    public override async Task<IReadOnlyList<InputProblem>> ReadProblemsAsync(CancellationToken ct)
    {
        if (_csvPath is null) return [];
        var problems = new List<InputProblem>();
        await using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT line, column_name, error_type, error_message FROM reject_errors ORDER BY line LIMIT 20";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var column = r.IsDBNull(1) ? "" : r.GetString(1);
            var message = r.GetString(3);
            var reason = column switch
            {
                "period" => $"period is not a month (YYYY-MM): {message}",
                "" => message,
                _ => $"column {column}: {message}",
            };
            problems.Add(new InputProblem(SourceName, Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), reason));
        }
        return problems;
    }

    public override async Task<IReadOnlyList<InputProblem>> LocateProblemsAsync(PanelCounts counts, AnalysisWindows w,
        CancellationToken ct)
    {
        if (_csvPath is null) return await base.LocateProblemsAsync(counts, w, ct);
        var duplicated = new HashSet<string>(StringComparer.Ordinal);
        await using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT subject_id FROM subject_summary WHERE n_window > n_window_months ORDER BY subject_id LIMIT 1000";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) duplicated.Add(r.GetString(0));
        }
        return OutcomeFileProblems.Locate(_csvPath, w, duplicated);
    }

    public override async Task<IReadOnlyList<SubjectSummary>> SubjectsAsync(CancellationToken ct)
    {
        await using var cmd = _db.CreateCommand();
        cmd.CommandText = PanelSql.Subjects;
        return await PanelSql.ReadSubjectsAsync(cmd, ct);
    }

    public override async Task<IReadOnlyList<ClusterCell>> CellsAsync(IReadOnlyList<SubjectWeight>? weights, AnalysisWindows w,
        CancellationToken ct)
    {
        if (weights is not null)
        {
            await Execute(_db, "CREATE OR REPLACE TEMP TABLE weights (subject_id VARCHAR PRIMARY KEY, weight DOUBLE)", ct);
            using var appender = _db.CreateAppender("weights");
            foreach (var x in weights) appender.CreateRow().AppendValue(x.SubjectId).AppendValue(x.Weight).EndRow();
        }
        await using var cmd = _db.CreateCommand();
        cmd.CommandText = PanelSql.Cells(_source, w, weights is not null, PanelSql.Dialect.DuckDb);
        return await PanelSql.ReadCellsAsync(cmd, ct);
    }

    internal static string Literal(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task Execute(DuckDBConnection db, string sql, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public override async ValueTask DisposeAsync() => await _db.DisposeAsync();
}
