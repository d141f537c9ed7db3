using Liaison.Core.Data;
using Liaison.Web.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Liaison.IntegrationTests.Infrastructure;

/// <summary>
/// One empty workspace per engine, migrated once per test run by the app's own start (as a new workspace is) and
/// copied for every app fixture: each fixture migrating its own new database was a good part of its start, some
/// sixty tables and their indexes. A fixture's app still runs the migrator at start and finds its copy current, the
/// path every later start of a workspace takes. A new database's first migration stays covered here and by the CLI
/// tests, which start from empty databases.
/// </summary>
internal static class WorkspaceTemplate
{
    private static readonly Lazy<Task<string>> Sqlite = new(MakeSqliteAsync);
    private static readonly Lazy<Task<string>> Postgres = new(MakePostgresAsync);

    /// <summary>The template's SQLite file: copy it, never open it.</summary>
    public static Task<string> SqliteAsync() => Sqlite.Value;

    /// <summary>The template database's name on the test server, for <c>CREATE DATABASE ... TEMPLATE</c>.</summary>
    public static Task<string> PostgresAsync() => Postgres.Value;

    private static async Task<string> MakeSqliteAsync()
    {
        var file = Path.Combine(TestTemp.Folder("template-"), "workspace.db");
        // Without pooling the last connection closes with the app, checkpointing the write-ahead log into the file.
        await MigrateAsync(new WorkspaceDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False"));
        return file;
    }

    private static async Task<string> MakePostgresAsync()
    {
        var name = $"liaison_template_{Guid.NewGuid():N}";
        var server = TestDatabase.ServerConnectionString();
        await Execute(server, $"CREATE DATABASE \"{name}\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult(); }
            catch (NpgsqlException) { } // the server went first (./scripts/test stops it at exit): nothing is left behind
        };
        // A template must have no connection while it is copied: none is pooled.
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ToString();
        await MigrateAsync(new WorkspaceDatabase(DatabaseProvider.Postgres, cs));
        return name;
    }

    private static async Task MigrateAsync(WorkspaceDatabase database)
    {
        await using var app = TestApp.Build(database, new FakeTimeProvider(TestApp.ClockStart));
        await app.PrepareWorkspaceAsync();
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
