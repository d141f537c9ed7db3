using System.Data.Common;
using System.Globalization;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The aggregation SQL, one text for DuckDB and PostgreSQL (they differ only in hashing and bit counting).
/// <paramref name="source"/> yields <c>subject_id, month, events, exposure</c> with month = year * 12 + month − 1.
/// </summary>
internal static class PanelSql
{
    public enum Dialect { DuckDb, Postgres }

    private static string Cluster(Dialect d) => d == Dialect.DuckDb
        ? $"CAST(hash(o.subject_id) % {OutcomePanel.Clusters} AS INTEGER)"
        : $"(hashtext(o.subject_id) & {OutcomePanel.Clusters - 1})";

    private static string Dbl(Dialect d) => d == Dialect.DuckDb ? "DOUBLE" : "double precision";

    private static string N(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One pass over the rows: per-subject window totals and, per subject, how many rows break each rule. A
    /// subject-month seen twice inside the windows shows as more rows than distinct months in a 64-bit month mask.
    /// </summary>
    public static string Summary(string source, AnalysisWindows w, Dialect d)
    {
        var (f, s, l) = (N(w.FirstMonth), N(w.StartMonth), N(w.LastMonth));
        var mask = d == Dialect.DuckDb
            ? $"bit_count(bit_or(CAST(1 AS UBIGINT) << CAST(month - {f} AS INTEGER)) FILTER (WHERE month BETWEEN {f} AND {l}))"
            : $"bit_count(CAST(bit_or(CAST(1 AS BIGINT) << (month - {f})) FILTER (WHERE month BETWEEN {f} AND {l}) AS bit(64)))";
        var dbl = Dbl(d);
        return $"""
            DROP TABLE IF EXISTS subject_summary;
            CREATE TEMP TABLE subject_summary AS
            SELECT s.*, t.subject_id IS NOT NULL AS treated FROM (
                SELECT subject_id,
                    count(*) AS n_rows,
                    count(*) FILTER (WHERE subject_id IS NULL OR subject_id = '' OR month IS NULL OR events IS NULL OR exposure IS NULL) AS n_missing,
                    count(*) FILTER (WHERE events < 0) AS n_negative,
                    count(*) FILTER (WHERE exposure <= 0) AS n_nonpositive,
                    count(*) FILTER (WHERE month BETWEEN {f} AND {l}) AS n_window,
                    coalesce({mask}, 0) AS n_window_months,
                    CAST(coalesce(sum(events) FILTER (WHERE month >= {f} AND month < {s}), 0) AS {dbl}) AS pre_events,
                    CAST(coalesce(sum(exposure) FILTER (WHERE month >= {f} AND month < {s}), 0) AS {dbl}) AS pre_exposure,
                    CAST(coalesce(sum(events) FILTER (WHERE month >= {s} AND month <= {l}), 0) AS {dbl}) AS post_events,
                    CAST(coalesce(sum(exposure) FILTER (WHERE month >= {s} AND month <= {l}), 0) AS {dbl}) AS post_exposure
                FROM ({source}) o
                GROUP BY subject_id) s
            LEFT JOIN treated t ON t.subject_id = s.subject_id
            """;
    }

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

    /// <summary>Weighted sums per cluster, arm and month of the windows.</summary>
    public static string Cells(string source, AnalysisWindows w, bool weighted, Dialect d)
    {
        var (f, s, l) = (N(w.FirstMonth), N(w.StartMonth), N(w.LastMonth));
        var dbl = Dbl(d);
        var (join, factor) = weighted ? ("JOIN weights x ON x.subject_id = o.subject_id", "x.weight * ") : ("", "");
        return $"""
            SELECT {Cluster(d)} AS cluster, t.subject_id IS NOT NULL AS treated, CAST(o.month - {s} AS INTEGER) AS rel,
                CAST(sum({factor}o.events) AS {dbl}), CAST(sum({factor}o.exposure) AS {dbl})
            FROM ({source}) o {join}
            LEFT JOIN treated t ON t.subject_id = o.subject_id
            WHERE o.month BETWEEN {f} AND {l}
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
