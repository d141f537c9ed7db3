using System.Data.Common;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Reads the per-subject rows of <see cref="PanelSql.Subjects"/> into summaries ordered by id as SQL's binary
/// collation orders them (code point by code point, as UTF-8 bytes compare), and counts what the engine checks.
/// </summary>
internal static class StoredSummaries
{
    public static async Task<(SubjectSummary[] Subjects, PanelCounts Counts)> ReadAsync(DbCommand cmd, IReadOnlyList<Exposure> exposures,
        CancellationToken ct)
    {
        var treated = exposures.Select(e => e.SubjectId).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var subjects = new List<SubjectSummary>();
        long rows = 0, bad = 0;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var id = r.GetString(0);
                rows += r.GetInt64(1);
                bad += r.GetInt64(2);
                var isTreated = treated.Contains(id);
                if (isTreated) seen.Add(id);
                if (r.GetInt64(3) > 0)
                    subjects.Add(new SubjectSummary(id, isTreated, r.GetDouble(4), r.GetDouble(5), r.GetDouble(6), r.GetDouble(7)));
            }
        }
        var sorted = subjects.ToArray();
        Array.Sort(sorted, (a, b) => CodePointOrder(a.SubjectId, b.SubjectId));
        var unknown = treated.Where(t => !seen.Contains(t)).Order(Comparer<string>.Create(CodePointOrder)).Take(20).ToList();
        var nTreated = sorted.Count(s => s.Treated);
        return (sorted, new PanelCounts(rows, bad, 0, nTreated, sorted.Length - nTreated, unknown));
    }

    /// <summary>Ordinal order with surrogate pairs after U+E000–U+FFFF: the order of code points (and of UTF-8 bytes).</summary>
    public static int CodePointOrder(string? a, string? b)
    {
        if (a is null || b is null) return string.CompareOrdinal(a, b);
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            int x = a[i], y = b[i];
            if (x == y) continue;
            if (x >= 0xD800 && y >= 0xD800) { x = Fix(x); y = Fix(y); }
            return x - y;
        }
        return a.Length - b.Length;

        static int Fix(int c) => c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
