using Liaison.Core.Data;
using Npgsql;

namespace Liaison.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, empty workspace database for one fixture: a SQLite file in a temporary folder, or a new database
/// on the PostgreSQL server that ./scripts/test started. There is no fallback: without LIAISON_TEST_POSTGRES
/// the PostgreSQL tests fail.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(WorkspaceDatabase database, string? folder, string? postgresName) =>
        (Database, _folder, _postgresName) = (database, folder, postgresName);

    public WorkspaceDatabase Database { get; }

    public static TestDatabase CreateSqlite()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("liaison-test-").FullName;
        return new TestDatabase(new WorkspaceDatabase(DatabaseProvider.Sqlite,
            $"Data Source={Path.Combine(folder, "workspace.db")};Default Timeout=30"), folder, null);
    }

    public static Task<TestDatabase> CreatePostgresAsync() => CreatePostgresAsync(template: null);

    /// <summary>
    /// A workspace at the current schema: a copy of the <see cref="WorkspaceTemplate"/>, migrated once per test run as
    /// every new workspace is (what each app fixture's start used to do for itself).
    /// </summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres) return await CreatePostgresAsync(await WorkspaceTemplate.PostgresAsync());
        var template = await WorkspaceTemplate.SqliteAsync();
        var copy = CreateSqlite();
        File.Copy(template, copy.Database.SqliteFile!);
        return copy;
    }

    private static async Task<TestDatabase> CreatePostgresAsync(string? template)
    {
        var server = ServerConnectionString();
        var name = $"liaison_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            var from = template is null ? "" : $" TEMPLATE \"{template}\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{from}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(new WorkspaceDatabase(DatabaseProvider.Postgres, cs), null, name);
    }

    public static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable("LIAISON_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "LIAISON_TEST_POSTGRES is not set: the PostgreSQL tests need the server that ./scripts/test starts.");

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { System.IO.Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(ServerConnectionString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
