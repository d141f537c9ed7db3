using System.Globalization;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The aggregation SQL over stored outcome rows (month = year * 12 + month − 1), one text for PostgreSQL (a PostgreSQL
/// workspace, in place) and DuckDB (a SQLite workspace's rows copied in); they differ only in hashing and types.
/// Events are summed as doubles: exact for whole numbers below 2^53, and far cheaper than PostgreSQL's numeric sum of
/// bigint. Stored rows were checked when imported and their key allows one row per subject-month, so the summary
/// keeps only a guard count of rows that break a value rule.
/// </summary>
internal static class PanelSql
{
    public enum Dialect { DuckDb, Postgres }

    private static string Cluster(Dialect d) => d == Dialect.DuckDb
        ? $"CAST(hash(o.subject_id) % {OutcomePanel.Clusters} AS INTEGER)"
        : $"(hashtext(o.subject_id) & {OutcomePanel.Clusters - 1})";

    private static string Dbl(Dialect d) => d == Dialect.DuckDb ? "DOUBLE" : "double precision";

    private static string N(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Between(AnalysisWindows w, int from, int to) => $"o.month BETWEEN {N(from)} AND {N(to)}";

    /// <summary>
    /// Per subject (in no order): rows, rows breaking a value rule, rows in the windows, and the window totals —
    /// the columns <see cref="StoredSummaries"/> reads.
    /// </summary>
    public static string Subjects(string table, string? where, AnalysisWindows w, Dialect d)
    {
        var (pre, post, all) = (Between(w, w.FirstMonth, w.StartMonth - 1), Between(w, w.StartMonth, w.LastMonth), Between(w, w.FirstMonth, w.LastMonth));
        var dbl = Dbl(d);
        return $"""
            SELECT o.subject_id, count(*), count(*) FILTER (WHERE o.events < 0 OR NOT o.exposure > 0), count(*) FILTER (WHERE {all}),
                coalesce(sum(CAST(o.events AS {dbl})) FILTER (WHERE {pre}), 0), coalesce(sum(o.exposure) FILTER (WHERE {pre}), 0),
                coalesce(sum(CAST(o.events AS {dbl})) FILTER (WHERE {post}), 0), coalesce(sum(o.exposure) FILTER (WHERE {post}), 0)
            FROM {table} o{(where is null ? "" : " WHERE " + where)}
            GROUP BY o.subject_id
            """;
    }

    /// <summary>Sums per cluster, arm and month of the windows, weighted or not.</summary>
    /// <param name="join">What marks the arm (and the weight): joined to the rows <c>o</c>.</param>
    /// <param name="treated">The arm, as an expression over the join.</param>
    /// <param name="weight">The weight expression, or null for 1.</param>
    public static string Cells(string table, string? where, AnalysisWindows w, string join, string treated, string? weight, Dialect d)
    {
        var dbl = Dbl(d);
        var (events, exposure) = weight is null ? ($"CAST(o.events AS {dbl})", "o.exposure") : ($"{weight} * o.events", $"{weight} * o.exposure");
        return $"""
            SELECT {Cluster(d)} AS cluster, {treated} AS treated, CAST(o.month - {N(w.StartMonth)} AS INTEGER) AS rel,
                CAST(sum({events}) AS {dbl}), CAST(sum({exposure}) AS {dbl})
            FROM {table} o {join}
            WHERE {(where is null ? "" : where + " AND ")}{Between(w, w.FirstMonth, w.LastMonth)}
            GROUP BY 1, 2, 3
            """;
    }

    public static async Task<IReadOnlyList<ClusterCell>> ReadCellsAsync(System.Data.Common.DbCommand cmd, CancellationToken ct)
    {
        var list = new List<ClusterCell>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new ClusterCell(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), r.GetBoolean(1), r.GetInt32(2),
                r.GetDouble(3), r.GetDouble(4)));
        return list;
    }
}
