using System.Data.Common;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Directory.Search;

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

    /// <summary>The count, then the candidates: the word's key range (500) and each transposed key's (50), in key order.</summary>
    public static DbCommand Typo(DbConnection c, bool sqlite, string word)
    {
        var match = sqlite ? SqliteMatch : PostgresMatch;
        var upper = word.ToUpperInvariant();
        var key = NameKey.Of(upper);
        var keys = new[] { key }.Concat(TypoKeys.Transposed(upper, key)).ToArray();
        var c8 = sqlite ? "" : " COLLATE \"C\"";
        var ranges = keys.Select((_, i) => $"""
            SELECT * FROM (SELECT key, names, sort_name FROM hcp_search_entries WHERE last_name_key{c8} >= @k{i} AND last_name_key{c8} < @k{i} || '~'
                ORDER BY last_name_key{c8}, sort_name{c8} LIMIT {(i == 0 ? 500 : 50)}) r{i}
            """);
        return Command(c, $"SELECT count(*) FROM ({match}) m; {string.Join(" UNION ALL ", ranges)}",
            [("q", Query(sqlite, word)), .. keys.Select((k, i) => ($"k{i}", k))]);
    }

    public static DbCommand SpecialtyState(DbConnection c, string specialty, string state) => Command(c,
        "SELECT count(*) FROM hcp_search_entries WHERE specialty = @s AND state = @t; " + string.Format(Page,
            "e.key IN (SELECT key FROM hcp_search_entries WHERE specialty = @s AND state = @t ORDER BY sort_name LIMIT 50)"),
        ("s", specialty), ("t", state));

    public static async Task RunAsync(DbCommand command, CancellationToken ct)
    {
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(ct))
            do await ReadEveryValueAsync(reader, ct); while (await reader.NextResultAsync(ct));
    }

    /// <summary>
    /// Reads every value of every row, as any caller of the query must to use its result: stepping through the rows alone
    /// leaves SQLite's values undecoded (text stays UTF-8 in the row), which is less work than running the query and reading it.
    /// </summary>
    public static async Task ReadEveryValueAsync(DbDataReader reader, CancellationToken ct)
    {
        while (await reader.ReadAsync(ct))
            for (var c = 0; c < reader.FieldCount; c++)
                _ = reader.GetValue(c);
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
