using System.Globalization;
using DuckDB.NET.Data;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Outcome rows aggregated by an in-process DuckDB: straight from the CSV file (read with explicit column types,
/// never loaded into .NET), or from rows copied in from a SQLite workspace.
/// </summary>
public sealed class DuckDbPanel : OutcomePanel
{
    private readonly DuckDBConnection _db;
    private readonly Func<AnalysisWindows, string> _source;
    private readonly string? _csvPath;

    private DuckDbPanel(DuckDBConnection db, Func<AnalysisWindows, string> source, string sourceName, string? csvPath)
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
        var types = header.Select(h => h switch { "events" => "BIGINT", "exposure" => "DOUBLE", _ => "VARCHAR" });
        var columns = string.Join(", ", header.Zip(types, (h, t) => $"{Literal(h)}: '{t}'"));
        var file = Literal(Path.GetFullPath(path));
        // A period is looked up in an ENUM of the windows' months (a dictionary probe, far cheaper than parsing a
        // date per row); only periods outside the windows are checked against the YYYY-MM pattern.
        string Source(AnalysisWindows w) => $$"""
            SELECT subject_id, idx, period IS NULL OR (idx IS NULL AND NOT regexp_full_match(period, '[0-9]{4}-(0[1-9]|1[0-2])')) AS bad_period,
                events, exposure
            FROM (SELECT subject_id, period, CAST(enum_code(TRY_CAST(period AS window_month)) AS INTEGER) AS idx, events, exposure
                  FROM read_csv({{file}}, header = true, auto_detect = false, delim = ',', quote = '"', columns = {{{columns}}}))
            """;
        var db = await OpenAsync(ct);
        return new DuckDbPanel(db, Source, Path.GetFileName(path), path);
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
        return new DuckDbPanel(db, w => PanelSql.FromMonths("outcome_rows", w), sourceName, null);
    }

    private static async Task<DuckDBConnection> OpenAsync(CancellationToken ct)
    {
        var db = new DuckDBConnection("Data Source=:memory:");
        await db.OpenAsync(ct);
        var spill = Path.Combine(Path.GetTempPath(), "liaison-duckdb");
        // Order of rows does not matter to sums; dropping it lets the CSV reader stream with less memory.
        await Execute(db, $"SET preserve_insertion_order = false; SET memory_limit = '360MB'; SET temp_directory = {Literal(spill)}", ct);
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
        var months = string.Join(", ", w.RelativeMonths.Select(m => Literal(AnalysisWindows.FormatMonth(w.StartMonth + m))));
        await Execute(_db, $"DROP TYPE IF EXISTS window_month; CREATE TYPE window_month AS ENUM ({months})", ct);
        var sql = PanelSql.Summary(_source(w), w, PanelSql.Dialect.DuckDb);
        try
        {
            await Execute(_db, sql, ct);
        }
        catch (DuckDBException e) when (_csvPath is not null)
        {
            // A field that is not a number (or a line with too many fields) stops the reader: name the lines.
            var problems = OutcomeFileProblems.Locate(_csvPath, w, new HashSet<string>());
            throw problems.Count > 0 ? new ImpactInputException(problems)
                : new ImpactInputException([new InputProblem(SourceName, 0, e.Message)]);
        }
        return await PanelSql.ReadCountsAsync(_db, ct);
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
            await Execute(_db, "CREATE OR REPLACE TEMP TABLE weights (subject_id VARCHAR PRIMARY KEY, weight DOUBLE, treated BOOLEAN)", ct);
            using var appender = _db.CreateAppender("weights");
            foreach (var x in weights) appender.CreateRow().AppendValue(x.SubjectId).AppendValue(x.Weight).AppendValue(x.Treated).EndRow();
        }
        await using var cmd = _db.CreateCommand();
        cmd.CommandText = PanelSql.Cells(_source(w), w, weights is not null, PanelSql.Dialect.DuckDb);
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
