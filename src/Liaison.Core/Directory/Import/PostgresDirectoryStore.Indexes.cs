namespace Liaison.Core.Directory.Import;

/// <summary>Bulk loads: the suspended search indexes (GIN full text, B-trees), owner-id indexes and foreign keys, and their rebuild.</summary>
internal sealed partial class PostgresDirectoryStore
{
    public async Task SuspendSearchIndexesAsync(CancellationToken ct)
    {
        // Commits of the load need not wait for the disk: the last one does (CommitAsync durable), and it covers them all.
        await ExecuteAsync("SET synchronous_commit = off", ct);
        await BeginAsync(ct);
        var definitions = await ReadSuspendedAsync(ct) ?? [];
        var present = new List<(string Name, string Sql, string? Table)>();
        await using (var cmd = Command(PresentSql(definitions: true)))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) present.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        foreach (var (name, sql, table) in present)
        {
            if (definitions.All(d => d.Name != name)) definitions.Add(new SuspendedSearchIndexes.Definition(name, sql));
            await ExecuteAsync(table is null ? $"DROP INDEX IF EXISTS \"{name}\"" : $"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS \"{name}\"", ct);
        }
        _ownerIndexesChecked = false;
        await using (var save = Command("INSERT INTO workspace_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        {
            save.Parameters.Add(new Npgsql.NpgsqlParameter { Value = SuspendedSearchIndexes.SettingKey });
            save.Parameters.Add(new Npgsql.NpgsqlParameter { Value = SuspendedSearchIndexes.Serialize(definitions) });
            await save.ExecuteNonQueryAsync(ct);
        }
        await CommitAsync(ct);
    }

    public async Task<bool> RestoreSearchIndexesAsync(CancellationToken ct)
    {
        if (await ReadSuspendedAsync(ct) is not { } definitions) return false;
        var present = await PresentNamesAsync(ct);
        // GIN builds are much faster with room to sort in memory.
        await ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'", ct);
        // Foreign keys last: validating one probes the owner's primary key, a join over indexes built by then.
        foreach (var d in definitions.Where(d => !present.Contains(d.Name)).OrderBy(d => d.Sql.StartsWith("ALTER TABLE", StringComparison.Ordinal)))
            await ExecuteAsync(d.Sql, ct);
        await using (var delete = Command("DELETE FROM workspace_settings WHERE key = $1"))
        {
            delete.Parameters.Add(new Npgsql.NpgsqlParameter { Value = SuspendedSearchIndexes.SettingKey });
            await delete.ExecuteNonQueryAsync(ct);
        }
        return true;
    }

    private const string LoadedTables = "hcps, organisations, hcp_addresses, organisation_addresses, hcp_taxonomies, hcp_search_entries, hcp_affiliations";

    /// <summary>
    /// Vacuums and analyzes the loaded tables, as PostgreSQL advises after a bulk load: the planner gets statistics for
    /// the new rows (the search plans depend on them), and the rows' hint bits are set by this pass instead of by the first
    /// searches to read each page. Autovacuum would get there within a minute or more; the import that just wrote them
    /// does it now. A load that was not bulk does the same when it wrote a tenth or more of what the planner last counted
    /// (autovacuum's own threshold for statistics), and always into a directory never analyzed: there the planner
    /// guesses, and a join over the new rows chosen blind took 12 s instead of 50 ms.
    /// </summary>
    public async Task RefreshAfterLoadAsync(long written, bool bulk, CancellationToken ct)
    {
        if (!bulk)
        {
            if (written == 0) return;
            // reltuples: the row count of the last VACUUM or ANALYZE, -1 if there was none.
            await using var counted = Command("SELECT min(reltuples)::float8, sum(greatest(reltuples, 0))::float8 FROM pg_class WHERE oid IN ('hcps'::regclass, 'organisations'::regclass)");
            await using var reader = await counted.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var neverCounted = reader.GetDouble(0) < 0;
            var plannerRows = reader.GetDouble(1);
            if (!neverCounted && written * 10 < plannerRows) return;
        }
        await ExecuteAsync($"VACUUM (ANALYZE) {LoadedTables}", ct);
    }

    private bool _ownerIndexesChecked;

    /// <summary>
    /// Before child rows are replaced (an update), the owner-id indexes a bulk load suspended come back: without them
    /// each replacement would scan its table. Checked once per load; the rest waits for the end.
    /// </summary>
    private async Task RestoreOwnerIndexesAsync(CancellationToken ct)
    {
        if (_ownerIndexesChecked) return;
        _ownerIndexesChecked = true;
        if (await ReadSuspendedAsync(ct) is not { } definitions) return;
        var present = await PresentNamesAsync(ct);
        foreach (var d in definitions.Where(d => SuspendedSearchIndexes.OwnerIndexes.Contains(d.Name) && !present.Contains(d.Name)))
            await ExecuteAsync(d.Sql, ct);
    }

    /// <summary>The suspendable indexes and foreign keys present: name, definition, and the table of a foreign key.</summary>
    private static string PresentSql(bool definitions) => $"""
        SELECT indexname, {(definitions ? "indexdef" : "''")}, NULL FROM pg_indexes
        WHERE schemaname = current_schema() AND indexname IN ({SuspendedSearchIndexes.NameList})
        UNION ALL
        SELECT conname, {(definitions ? "format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))" : "''")},
               conrelid::regclass::text
        FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace AND conname IN ({SuspendedSearchIndexes.NameList})
        """;

    private async Task<HashSet<string>> PresentNamesAsync(CancellationToken ct)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        await using var cmd = Command(PresentSql(definitions: false));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) present.Add(reader.GetString(0));
        return present;
    }

    private async Task<List<SuspendedSearchIndexes.Definition>?> ReadSuspendedAsync(CancellationToken ct)
    {
        await using var cmd = Command("SELECT value FROM workspace_settings WHERE key = $1");
        cmd.Parameters.Add(new Npgsql.NpgsqlParameter { Value = SuspendedSearchIndexes.SettingKey });
        return await cmd.ExecuteScalarAsync(ct) is string json ? SuspendedSearchIndexes.Deserialize(json) : null;
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var cmd = Command(sql);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
