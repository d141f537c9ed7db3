namespace Liaison.Core.Directory.Import;

/// <summary>Bulk loads: the suspended search indexes (GIN full-text and trigram, B-trees) and their rebuild at the end.</summary>
internal sealed partial class PostgresDirectoryStore
{
    public async Task SuspendSearchIndexesAsync(CancellationToken ct)
    {
        // Commits of the load need not wait for the disk: the last one does (CommitAsync durable), and it covers them all.
        await ExecuteAsync("SET synchronous_commit = off", ct);
        await BeginAsync(ct);
        var definitions = await ReadSuspendedAsync(ct) ?? [];
        var present = new List<(string Name, string Sql)>();
        await using (var cmd = Command($"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN ({SuspendedSearchIndexes.NameList})"))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) present.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (name, sql) in present)
        {
            if (definitions.All(d => d.Name != name)) definitions.Add(new SuspendedSearchIndexes.Definition(name, sql));
            await ExecuteAsync($"DROP INDEX IF EXISTS \"{name}\"", ct);
        }
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
        var present = new HashSet<string>(StringComparer.Ordinal);
        await using (var cmd = Command($"SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN ({SuspendedSearchIndexes.NameList})"))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) present.Add(reader.GetString(0));
        // GIN builds are much faster with room to sort in memory.
        await ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'", ct);
        foreach (var d in definitions.Where(d => !present.Contains(d.Name))) await ExecuteAsync(d.Sql, ct);
        await using (var delete = Command("DELETE FROM workspace_settings WHERE key = $1"))
        {
            delete.Parameters.Add(new Npgsql.NpgsqlParameter { Value = SuspendedSearchIndexes.SettingKey });
            await delete.ExecuteNonQueryAsync(ct);
        }
        return true;
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
