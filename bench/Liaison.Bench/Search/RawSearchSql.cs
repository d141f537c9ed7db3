using System.Data.Common;
using Liaison.Core.Directory.Registry;

namespace Liaison.Bench.Search;

/// <summary>
/// Each benchmarked search written by hand as the least SQL that gives its answer (the count, then the first page with
/// its HCPs; for a misspelling, the typo candidates): a reference beside the API's own statements, telling whether
/// those statements are any good. SQLite FTS5 or PostgreSQL full text (a phonetic-key range for misspellings), as the app uses.
/// </summary>
internal static class RawSearchSql
{
    private const string Page = """
        SELECT e.key, h.id, h.npi, h.last_name, h.first_name, e.specialty, e.city, e.state FROM hcp_search_entries e
        JOIN hcps h ON h.id = e.hcp_id WHERE {0} ORDER BY e.sort_name LIMIT 50
        """;

    private const string SqliteMatch = "SELECT rowid FROM hcp_name_index WHERE hcp_name_index MATCH @q";
    private const string PostgresMatch = "SELECT key FROM hcp_search_entries WHERE names_vector @@ to_tsquery('simple', @q)";

    /// <summary>SQLite: the FTS5 rowids; PostgreSQL: the match on the row itself (as <c>key IN (...)</c> the planner scans the table).</summary>
    public static DbCommand Prefix(DbConnection c, bool sqlite, string prefix)
    {
        var match = sqlite ? SqliteMatch : PostgresMatch;
        var onRow = sqlite ? $"e.key IN ({SqliteMatch})" : "e.names_vector @@ to_tsquery('simple', @q)";
        return Command(c, $"SELECT count(*) FROM ({match}) m; {string.Format(Page, onRow)}", ("q", Query(sqlite, prefix)));
    }

    public static DbCommand Typo(DbConnection c, bool sqlite, string word)
    {
        var match = sqlite ? SqliteMatch : PostgresMatch;
        var candidates = sqlite
            ? "SELECT key, names, sort_name FROM hcp_search_entries WHERE last_name_key >= @k AND last_name_key < @k || '~' ORDER BY last_name_key, sort_name LIMIT 500"
            : """
              SELECT key, names, sort_name FROM hcp_search_entries WHERE last_name_key COLLATE "C" >= @k
                  AND last_name_key COLLATE "C" < @k || '~' ORDER BY last_name_key COLLATE "C", sort_name COLLATE "C" LIMIT 500
              """;
        return Command(c, $"SELECT count(*) FROM ({match}) m; {candidates}",
            ("q", Query(sqlite, word)), ("k", NameKey.Of(word)));
    }

    public static DbCommand SpecialtyState(DbConnection c, string specialty, string state) => Command(c,
        "SELECT count(*) FROM hcp_search_entries WHERE specialty = @s AND state = @t; " + string.Format(Page,
            "e.key IN (SELECT key FROM hcp_search_entries WHERE specialty = @s AND state = @t ORDER BY sort_name LIMIT 50)"),
        ("s", specialty), ("t", state));

    public static async Task RunAsync(DbCommand command, CancellationToken ct)
    {
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(ct))
            do { while (await reader.ReadAsync(ct)) { } } while (await reader.NextResultAsync(ct));
    }

    private static string Query(bool sqlite, string word) => sqlite ? $"\"{word}\"*" : $"{word.ToLowerInvariant()}:*";

    private static DbCommand Command(DbConnection c, string sql, params (string Name, string Value)[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (!sql.Contains("@" + name, StringComparison.Ordinal)) continue;
            var p = cmd.CreateParameter();
            (p.ParameterName, p.Value) = ("@" + name, value);
            cmd.Parameters.Add(p);
        }
        return cmd;
    }
}
