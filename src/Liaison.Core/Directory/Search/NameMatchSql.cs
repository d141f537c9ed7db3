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
            string.Join(" & ", words.Select(w => $"{w}:*")));
    }

    public static IQueryable<long> TypoCandidates(LiaisonDbContext db, string word, string key)
    {
        var upper = key + '~'; // keys are upper-case letters and digits, all below '~'
        if (db.Database.IsSqlite())
            return db.Database.SqlQueryRaw<long>(
                "SELECT key AS \"Value\" FROM hcp_search_entries WHERE last_name_key >= {0} AND last_name_key < {1}", key, upper);
        return db.Database.SqlQueryRaw<long>("""
            SELECT key AS "Value" FROM hcp_search_entries WHERE last_name_key LIKE {0}
            UNION SELECT key FROM hcp_search_entries WHERE {1} <% sort_name
            """, key + "%", word);
    }
}
