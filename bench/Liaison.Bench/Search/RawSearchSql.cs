using System.Globalization;
using Liaison.Core.Directory.Registry;
using Microsoft.Data.Sqlite;

namespace Liaison.Bench.Search;

/// <summary>
/// Each benchmarked search written by hand as plain SQLite SQL (the count, then the first page with its HCPs): the
/// anchor the API is compared with. It does not replay what the app runs, so a needlessly slow statement in the app
/// shows as a worse ratio.
/// </summary>
internal static class RawSearchSql
{
    private const string Page = """
        SELECT e.key, h.id, h.npi, h.last_name, h.first_name, e.specialty, e.city, e.state FROM hcp_search_entries e
        JOIN hcps h ON h.id = e.hcp_id WHERE e.key IN ({0}) ORDER BY e.sort_name LIMIT 50
        """;

    public static SqliteCommand Prefix(SqliteConnection c, string prefix) => Command(c,
        $"SELECT count(*) FROM hcp_name_index WHERE hcp_name_index MATCH $q; {string.Format(CultureInfo.InvariantCulture, Page, "SELECT rowid FROM hcp_name_index WHERE hcp_name_index MATCH $q")}",
        ("$q", $"\"{prefix}\"*"));

    public static SqliteCommand Typo(SqliteConnection c, string word)
    {
        var key = NameKey.Of(word);
        return Command(c, "SELECT count(*) FROM hcp_name_index WHERE hcp_name_index MATCH $q; "
            + "SELECT key, names, sort_name FROM hcp_search_entries WHERE last_name_key >= $k AND last_name_key < $k || '~' ORDER BY sort_name LIMIT 500",
            ("$q", $"\"{word}\"*"), ("$k", key));
    }

    public static SqliteCommand SpecialtyState(SqliteConnection c, string specialty, string state) => Command(c,
        "SELECT count(*) FROM hcp_search_entries WHERE specialty = $s AND state = $t; " + string.Format(CultureInfo.InvariantCulture, Page,
            "SELECT key FROM hcp_search_entries WHERE specialty = $s AND state = $t ORDER BY sort_name LIMIT 50"),
        ("$s", specialty), ("$t", state));

    public static async Task RunAsync(SqliteCommand command, CancellationToken ct)
    {
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(ct))
            do { while (await reader.ReadAsync(ct)) { } } while (await reader.NextResultAsync(ct));
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, string Value)[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }
}
