using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// The engine-specific half of name search, as composable subqueries of search-entry keys: every word as a prefix
/// (SQLite FTS5 with its prefix index; PostgreSQL full text with :* prefixes), and typo candidates (a phonetic-key
/// range on both engines).
/// </summary>
internal static class NameMatchSql
{
    public static IQueryable<long> Prefix(LiaisonDbContext db, IReadOnlyList<string> words)
    {
        if (db.IsSqlite)
        {
            var match = Fts5Prefixes(words);
            return db.HcpNameIndex.Where(n => n.Query == match).Select(n => n.Key);
        }
        return db.Database.SqlQueryRaw<long>("SELECT key AS \"Value\" FROM hcp_search_entries WHERE names_vector @@ to_tsquery('simple', {0})",
            TsQuery(words));
    }

    /// <summary>
    /// The entries matching every word as a prefix. SQLite: the entries of <paramref name="prefixKeys"/> (FTS5 rowids).
    /// PostgreSQL: the match on the entry's own tsvector, which the planner reads through the GIN index; as
    /// <c>key IN (SELECT key ... WHERE match)</c> it expected 20,000 matches for any prefix and scanned the whole table.
    /// </summary>
    public static IQueryable<HcpSearchEntry> PrefixEntries(LiaisonDbContext db, IReadOnlyList<string> words, IQueryable<long> prefixKeys)
    {
        if (db.IsSqlite) return db.HcpSearchEntries.AsNoTracking().Where(e => prefixKeys.Contains(e.Key));
        return db.HcpSearchEntries.FromSqlRaw("SELECT * FROM hcp_search_entries WHERE names_vector @@ to_tsquery('simple', {0})",
            TsQuery(words)).AsNoTracking();
    }

    /// <summary>Every word as a quoted FTS5 prefix ("SMI"* "JO"*): all must match.</summary>
    public static string Fts5Prefixes(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => $"\"{w}\"*"));

    private static string TsQuery(IReadOnlyList<string> words) => string.Join(" & ", words.Select(w => $"{w}:*"));

    /// <summary>Above every key starting with <paramref name="key"/>: keys are upper-case letters and digits, all below '~'.</summary>
    public static string UpperBound(string key) => key + '~';

    /// <summary>
    /// The entries whose surname's phonetic key starts with <paramref name="key"/>, nearest first (by key, then name), at
    /// most <paramref name="cap"/>: one query model on both engines, a range on the entry itself read in the
    /// (last_name_key, sort_name) index's order, so the scan stops at the cap instead of sorting every entry in the range
    /// (thousands for a common key). On PostgreSQL the range and the order are byte-wise (COLLATE "C", as SQLite's
    /// BINARY): under a linguistic collation '~' need not sort after letters, and only an index in the same collation
    /// both bounds and orders the scan (DirectorySearchSchema). pg_trgm word similarity over sort_name was dropped:
    /// for a short word it matched ~20,000 of 1,000,000 names and read them all (130–300 ms), and at its default
    /// threshold it found none of the transposed surnames the bench types.
    /// </summary>
    public static IQueryable<HcpSearchEntry> TypoCandidates(IQueryable<HcpSearchEntry> entries, bool sqlite, string key, int cap)
    {
        var upper = UpperBound(key);
        if (sqlite)
            return entries.Where(e => string.Compare(e.LastNameKey, key) >= 0 && string.Compare(e.LastNameKey, upper) < 0)
                .OrderBy(e => e.LastNameKey).ThenBy(e => e.SortName).Take(cap);
        return entries
            .Where(e => string.Compare(EF.Functions.Collate(e.LastNameKey, "C"), key) >= 0
                && string.Compare(EF.Functions.Collate(e.LastNameKey, "C"), upper) < 0)
            .OrderBy(e => EF.Functions.Collate(e.LastNameKey, "C")).ThenBy(e => EF.Functions.Collate(e.SortName, "C")).Take(cap);
    }
}
