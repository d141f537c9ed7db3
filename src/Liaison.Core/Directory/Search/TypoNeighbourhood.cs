using System.Text;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// The names one consonant away from a misspelt word. The phonetic key absorbs a vowel typed wrong, but a consonant
/// typed for another, left out or typed too many gives another key, outside the word's own range: "PICHER" is PXR,
/// PILCHER PLXR; "GARFINER" KRFNR, GARDINER KRTNR. So the keys one edit from the word's key (after its first letter:
/// each letter left out, replaced by another consonant of the key's alphabet, or one inserted before it) are read too,
/// a few names under each, in one statement: about 50 ranges for a key of three letters, each an index probe.
/// Closeness decides, as for the other candidates, which are near enough.
/// </summary>
internal static class TypoNeighbourhood
{
    /// <summary>The letters a key holds after its first one (NameKey: vowels and h, w, y leave none).</summary>
    internal const string Consonants = "PFXKST0JLMNR";

    /// <summary>Names read under each key: its nearest first (by key, then name), as under a transposed key.</summary>
    public const int Cap = 20;

    /// <summary>The keys one consonant edit from <paramref name="key"/> after its first letter, other than what its own range covers.</summary>
    public static IReadOnlyList<string> Keys(string key)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < key.Length; i++)
        {
            keys.Add(key.Remove(i, 1));
            foreach (var c in Consonants)
            {
                keys.Add(key.Insert(i, c.ToString()));
                if (c != key[i]) keys.Add(string.Concat(key.AsSpan(0, i), [c], key.AsSpan(i + 1)));
            }
        }
        keys.RemoveWhere(k => k.Length < 2 || k.StartsWith(key, StringComparison.Ordinal));
        return keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The entries of <paramref name="entries"/> (the search's filters applied) among the first <see cref="Cap"/> under each
    /// of <paramref name="keys"/>, read in the (last_name_key, sort_name) index's order on both engines (byte-wise on
    /// PostgreSQL, see <see cref="NameMatchSql.TypoCandidates"/>): one statement.
    /// </summary>
    public static IQueryable<SearchHcps.Candidate> Candidates(LiaisonDbContext db, IQueryable<HcpSearchEntry> entries, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0) return entries.Where(_ => false).Select(e => new SearchHcps.Candidate(e.Key, e.Names, e.SortName));
        var c = db.IsSqlite ? "" : " COLLATE \"C\"";
        var sql = new StringBuilder("SELECT key AS \"Value\" FROM (");
        var bounds = new object[2 * keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0) sql.Append(" UNION ALL ");
            sql.Append($"SELECT * FROM (SELECT key FROM hcp_search_entries WHERE last_name_key{c} >= {{{2 * i}}} ")
                .Append($"AND last_name_key{c} < {{{2 * i + 1}}} ORDER BY last_name_key{c}, sort_name{c} LIMIT {Cap}) AS r{i}");
            bounds[2 * i] = keys[i];
            bounds[2 * i + 1] = NameMatchSql.UpperBound(keys[i]);
        }
        sql.Append(") AS n");
        var nearby = db.Database.SqlQueryRaw<long>(sql.ToString(), bounds);
        return entries.Where(e => nearby.Contains(e.Key)).Select(e => new SearchHcps.Candidate(e.Key, e.Names, e.SortName));
    }
}
