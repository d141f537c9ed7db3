using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// The engine-specific half of name search, as composable subqueries of search-entry keys: every word as a prefix
/// (SQLite FTS5 with its prefix index; PostgreSQL full text with :* prefixes), and typo candidates (the phonetic
/// key on both engines; PostgreSQL adds pg_trgm word similarity).
/// </summary>
internal static class NameMatchSql
{
    public static IQueryable<long> Prefix(LiaisonDbContext db, IReadOnlyList<string> words)
    {
        if (db.Database.IsSqlite())
            return db.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM hcp_name_index WHERE hcp_name_index MATCH {0}",
                string.Join(' ', words.Select(w => $"\"{w}\"*")));
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
        if (db.Database.IsSqlite()) return db.HcpSearchEntries.AsNoTracking().Where(e => prefixKeys.Contains(e.Key));
        return db.HcpSearchEntries.FromSqlRaw("SELECT * FROM hcp_search_entries WHERE names_vector @@ to_tsquery('simple', {0})",
            TsQuery(words)).AsNoTracking();
    }

    private static string TsQuery(IReadOnlyList<string> words) => string.Join(" & ", words.Select(w => $"{w}:*"));

    /// <summary>
    /// The entries whose surname's phonetic key starts with <paramref name="key"/> (PostgreSQL adds trigram neighbours of
    /// <paramref name="word"/>). On SQLite a range on the entry itself, so the (last_name_key, sort_name) index can both
    /// find and order the candidates without reading their rows.
    /// </summary>
    public static IQueryable<HcpSearchEntry> TypoCandidates(LiaisonDbContext db, IQueryable<HcpSearchEntry> entries, string word, string key)
    {
        var upper = key + '~'; // keys are upper-case letters and digits, all below '~'
        if (db.Database.IsSqlite())
            return entries.Where(e => string.Compare(e.LastNameKey, key) >= 0 && string.Compare(e.LastNameKey, upper) < 0);
        var keys = db.Database.SqlQueryRaw<long>("""
            SELECT key AS "Value" FROM hcp_search_entries WHERE last_name_key LIKE {0}
            UNION SELECT key FROM hcp_search_entries WHERE {1} <% sort_name
            """, key + "%", word);
        return entries.Where(e => keys.Contains(e.Key));
    }
}
