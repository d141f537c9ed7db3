using System.Data.Common;
using System.Globalization;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The aggregation SQL, one text for DuckDB and PostgreSQL (they differ only in hashing and bit counting). A source
/// yields <c>subject_id, idx, bad_period, events, exposure</c>: idx is the month's index in the windows (0 = first
/// pre month; NULL outside them), bad_period flags a period that is not a month at all.
/// </summary>
internal static class PanelSql
{
    public enum Dialect { DuckDb, Postgres }

    private static string Cluster(Dialect d) => d == Dialect.DuckDb
        ? $"CAST(hash(o.subject_id) % {OutcomePanel.Clusters} AS INTEGER)"
        : $"(hashtext(o.subject_id) & {OutcomePanel.Clusters - 1})";

    private static string Dbl(Dialect d) => d == Dialect.DuckDb ? "DOUBLE" : "double precision";

    private static string N(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>A source over stored rows whose month is an integer (year * 12 + month − 1).</summary>
    public static string FromMonths(string table, AnalysisWindows w, string? where = null) => $"""
        SELECT subject_id, CASE WHEN month BETWEEN {N(w.FirstMonth)} AND {N(w.LastMonth)} THEN month - {N(w.FirstMonth)} END AS idx,
            false AS bad_period, events, exposure
        FROM {table}{(where is null ? "" : " WHERE " + where)}
        """;

    /// <summary>
    /// Per-subject aggregates: window totals and, per rule, how many rows break it. A subject-month seen twice in the
    /// windows shows as more rows than distinct months in a 64-bit month mask.
    /// </summary>
    private static string SubjectAggregates(AnalysisWindows w, Dialect d)
    {
        var pre = N(w.Pre);
        var mask = d == Dialect.DuckDb
            ? "bit_count(bit_or(CAST(1 AS UBIGINT) << CAST(idx AS INTEGER)))"
            : "bit_count(CAST(bit_or(CAST(1 AS BIGINT) << idx) AS bit(64)))";
        var dbl = Dbl(d);
        return $"""
            count(*) AS n_rows,
            count(*) FILTER (WHERE subject_id IS NULL OR subject_id = '' OR bad_period OR events IS NULL OR exposure IS NULL) AS n_missing,
            count(*) FILTER (WHERE events < 0) AS n_negative,
            count(*) FILTER (WHERE exposure <= 0) AS n_nonpositive,
            count(idx) AS n_window,
            coalesce({mask}, 0) AS n_window_months,
            CAST(coalesce(sum(events) FILTER (WHERE idx < {pre}), 0) AS {dbl}) AS pre_events,
            CAST(coalesce(sum(exposure) FILTER (WHERE idx < {pre}), 0) AS {dbl}) AS pre_exposure,
            CAST(coalesce(sum(events) FILTER (WHERE idx >= {pre}), 0) AS {dbl}) AS post_events,
            CAST(coalesce(sum(exposure) FILTER (WHERE idx >= {pre}), 0) AS {dbl}) AS post_exposure
            """;
    }

    /// <summary>One pass: the per-subject summary table.</summary>
    public static string Summary(string source, AnalysisWindows w, Dialect d) => $"""
        DROP TABLE IF EXISTS subject_summary;
        CREATE TEMP TABLE subject_summary AS
        SELECT s.*, t.subject_id IS NOT NULL AS treated FROM (
            SELECT subject_id, {SubjectAggregates(w, d)}
            FROM ({source}) o
            GROUP BY subject_id) s
        LEFT JOIN treated t ON t.subject_id = s.subject_id
        """;

    public const string Counts = """
        SELECT CAST(coalesce(sum(n_rows), 0) AS BIGINT), CAST(coalesce(sum(n_missing), 0) AS BIGINT),
            CAST(coalesce(sum(n_negative), 0) AS BIGINT), CAST(coalesce(sum(n_nonpositive), 0) AS BIGINT),
            CAST(count(*) FILTER (WHERE n_window > n_window_months) AS BIGINT),
            CAST(count(*) FILTER (WHERE treated AND n_window > 0) AS BIGINT),
            CAST(count(*) FILTER (WHERE NOT treated AND n_window > 0) AS BIGINT)
        FROM subject_summary
        """;

    public const string UnknownExposed = """
        SELECT t.subject_id FROM treated t
        WHERE NOT EXISTS (SELECT 1 FROM subject_summary s WHERE s.subject_id = t.subject_id)
        ORDER BY t.subject_id LIMIT 20
        """;

    public const string Subjects = """
        SELECT subject_id, treated, pre_events, pre_exposure, post_events, post_exposure
        FROM subject_summary WHERE n_window > 0 ORDER BY subject_id
        """;

    /// <summary>Sums per cluster, arm and month of the windows (a second read of the rows), weighted or not.</summary>
    public static string Cells(string source, AnalysisWindows w, bool weighted, Dialect d)
    {
        var dbl = Dbl(d);
        // One probe per row: the weights carry the arm; unweighted, a semi-join marks the treated.
        var (join, treated, factor) = weighted
            ? ("JOIN weights x ON x.subject_id = o.subject_id", "x.treated", "x.weight * ")
            : ("", "o.subject_id IN (SELECT subject_id FROM treated)", "");
        return $"""
            SELECT {Cluster(d)} AS cluster, {treated} AS treated, CAST(o.idx - {N(w.Pre)} AS INTEGER) AS rel,
                CAST(sum({factor}o.events) AS {dbl}), CAST(sum({factor}o.exposure) AS {dbl})
            FROM ({source}) o {join}
            WHERE o.idx IS NOT NULL
            GROUP BY 1, 2, 3
            """;
    }

    public static async Task<PanelCounts> ReadCountsAsync(DbConnection db, CancellationToken ct)
    {
        long[] c;
        await using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = Counts;
            await using var r = await cmd.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            c = Enumerable.Range(0, 7).Select(i => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture)).ToArray();
        }
        var unknown = new List<string>();
        await using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = UnknownExposed;
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) unknown.Add(r.GetString(0));
        }
        return new PanelCounts(c[0], c[1], c[2], c[3], c[4], (int)c[5], (int)c[6], unknown);
    }

    public static async Task<IReadOnlyList<SubjectSummary>> ReadSubjectsAsync(DbCommand cmd, CancellationToken ct)
    {
        var list = new List<SubjectSummary>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new SubjectSummary(r.GetString(0), r.GetBoolean(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), r.GetDouble(5)));
        return list;
    }

    public static async Task<IReadOnlyList<ClusterCell>> ReadCellsAsync(DbCommand cmd, CancellationToken ct)
    {
        var list = new List<ClusterCell>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new ClusterCell(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), r.GetBoolean(1), r.GetInt32(2),
                r.GetDouble(3), r.GetDouble(4)));
        return list;
    }
}
