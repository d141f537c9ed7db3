using SQLitePCL;

namespace Liaison.Core.Directory.Import;

/// <summary>Bulk loads: the suspended search indexes and FTS5 triggers, and their rebuild in one pass at the end.</summary>
internal sealed partial class SqliteDirectoryStore
{
    /// <summary>Nothing: SQLite's searches read no visibility information, and the search plans are chosen without statistics.</summary>
    public Task RefreshAfterLoadAsync(long written, bool bulk, CancellationToken ct) => Task.CompletedTask;

    public Task SuspendSearchIndexesAsync(CancellationToken ct)
    {
        // The load writes owners before their rows, so per-row foreign-key probes only cost. For this connection, which
        // lives as long as the import (and the pragma is a no-op inside a transaction).
        Run("PRAGMA foreign_keys = OFF");
        Exec("BEGIN IMMEDIATE");
        var definitions = ReadSuspended() ?? [];
        var present = S($"SELECT name, type, sql FROM sqlite_master WHERE name IN ({SuspendedSearchIndexes.NameList}) AND sql IS NOT NULL");
        var drops = new List<string>();
        while (present.Step())
        {
            var (name, type, sql) = (present.ColumnText(0)!, present.ColumnText(1)!, present.ColumnText(2)!);
            if (definitions.All(d => d.Name != name)) definitions.Add(new SuspendedSearchIndexes.Definition(name, sql));
            drops.Add($"DROP {(type == "trigger" ? "TRIGGER" : "INDEX")} IF EXISTS \"{name}\"");
        }
        present.Reset();
        foreach (var drop in drops) Run(drop);
        _ownerIndexesChecked = false;
        S("INSERT INTO workspace_settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .Text(SuspendedSearchIndexes.SettingKey).Text(SuspendedSearchIndexes.Serialize(definitions)).Run();
        Exec("COMMIT");
        return Task.CompletedTask;
    }

    public Task<bool> RestoreSearchIndexesAsync(CancellationToken ct)
    {
        if (ReadSuspended() is not { } definitions) return Task.FromResult(false);
        var present = PresentNames();
        // Index builds sort: on the second core too, spilling to temporary files rather than memory (which would grow
        // with the directory), in runs of the sort's cache size.
        Run("PRAGMA threads = 2");
        Run("PRAGMA temp_store = FILE");
        Run(SortCachePragma);
        Run("INSERT INTO hcp_name_index(hcp_name_index) VALUES ('rebuild')");
        foreach (var d in definitions.Where(d => !present.Contains(d.Name))) Run(d.Sql);
        S("DELETE FROM workspace_settings WHERE key = ?1").Text(SuspendedSearchIndexes.SettingKey).Run();
        return Task.FromResult(true);
    }

    private bool _ownerIndexesChecked;

    /// <summary>
    /// Before child rows are replaced (an update), the owner-id indexes a bulk load suspended come back: without them
    /// each replacement would scan its table. Checked once per load; the rest waits for the end.
    /// </summary>
    private void RestoreOwnerIndexes()
    {
        if (_ownerIndexesChecked) return;
        _ownerIndexesChecked = true;
        if (ReadSuspended() is not { } definitions) return;
        var present = PresentNames();
        var missing = definitions.Where(d => SuspendedSearchIndexes.OwnerIndexes.Contains(d.Name) && !present.Contains(d.Name)).ToList();
        if (missing.Count == 0) return;
        // Built in the middle of the load: sorted in small runs like the builds at its end, then the load's cache again.
        Run(SortCachePragma);
        foreach (var d in missing) Run(d.Sql);
        Run(LoadCachePragma);
    }

    private HashSet<string> PresentNames()
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var names = S($"SELECT name FROM sqlite_master WHERE name IN ({SuspendedSearchIndexes.NameList})");
        while (names.Step()) present.Add(names.ColumnText(0)!);
        names.Reset();
        return present;
    }

    private List<SuspendedSearchIndexes.Definition>? ReadSuspended()
    {
        var s = S("SELECT value FROM workspace_settings WHERE key = ?1").Text(SuspendedSearchIndexes.SettingKey);
        var json = s.Step() ? s.ColumnText(0) : null;
        s.Reset();
        return json is null ? null : SuspendedSearchIndexes.Deserialize(json);
    }

    /// <summary>Runs SQL once, without keeping a prepared statement for it.</summary>
    private void Run(string sql)
    {
        if (raw.sqlite3_exec(_connection.Handle, sql) is var rc && rc != raw.SQLITE_OK)
            throw new InvalidOperationException($"SQLite failed ({rc}): {raw.sqlite3_errmsg(_connection.Handle).utf8_to_string()} in {sql}");
    }
}
