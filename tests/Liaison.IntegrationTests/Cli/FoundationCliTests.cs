using System.Text.Json;
using Liaison.Core.Data;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Liaison.IntegrationTests.Cli;

/// <summary>The CLI's foundation commands as a user runs them, on a workspace of each engine.</summary>
public abstract class FoundationCliTests(Func<Task<TestDatabase>> newDatabase)
{
    protected static JsonElement Json(string stdout) => JsonDocument.Parse(stdout).RootElement;

    [Fact]
    public async Task Users_tokens_and_audit_verify_work_on_a_new_workspace()
    {
        await using var db = await newDatabase();
        var ws = db.Database;

        var migrate = await Infrastructure.Cli.Liaison(ws, "db", "migrate", "--json");
        Assert.True(migrate.ExitCode == 0, migrate.Stderr);
        Assert.True(Json(migrate.Stdout).GetProperty("created").GetBoolean());

        var add = await Infrastructure.Cli.Liaison(ws, "users", "add", "--email", "cli@example.org", "--role", "admin", "--json");
        Assert.True(add.ExitCode == 0, add.Stderr);
        Assert.False(string.IsNullOrEmpty(Json(add.Stdout).GetProperty("password").GetString()));

        var duplicate = await Infrastructure.Cli.Liaison(ws, "users", "add", "--email", "cli@example.org", "--role", "msl");
        Assert.NotEqual(0, duplicate.ExitCode);
        Assert.Contains("already exists", duplicate.Stderr);

        var badRole = await Infrastructure.Cli.Liaison(ws, "users", "add", "--email", "x@example.org", "--role", "sales");
        Assert.NotEqual(0, badRole.ExitCode);
        Assert.Contains("Unknown role", badRole.Stderr);

        var token = await Infrastructure.Cli.Liaison(ws, "tokens", "create", "--email", "cli@example.org", "--name", "ci", "--json");
        Assert.True(token.ExitCode == 0, token.Stderr);
        Assert.StartsWith("lia_", Json(token.Stdout).GetProperty("token").GetString());

        var verify = await Infrastructure.Cli.Liaison(ws, "audit", "verify", "--json");
        Assert.True(verify.ExitCode == 0, verify.Stderr);
        var report = Json(verify.Stdout);
        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.True(report.GetProperty("entries").GetInt64() > 0);
    }

    /// <summary>`liaison demo --json` run once on a new workspace: its output, and the workspace it made (the caller's).</summary>
    protected abstract Task<(Infrastructure.Cli.Run First, TestDatabase Workspace)> NewDemoWorkspace();

    [Fact]
    public async Task Demo_is_idempotent_and_its_audit_chain_verifies()
    {
        var (first, db) = await NewDemoWorkspace();
        await using var _ = db;
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal(8, Json(first.Stdout).GetProperty("logins").GetArrayLength());
        var second = await Infrastructure.Cli.Liaison(db.Database, "demo");
        Assert.True(second.ExitCode == 0, second.Stderr);
        var verify = await Infrastructure.Cli.Liaison(db.Database, "audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.Stdout + verify.Stderr);
    }
}

public sealed class FoundationCliOnSqlite(SqliteCliDemo demo)
    : FoundationCliTests(() => Task.FromResult(TestDatabase.CreateSqlite())), IClassFixture<SqliteCliDemo>
{
    protected override Task<(Infrastructure.Cli.Run First, TestDatabase Workspace)> NewDemoWorkspace() =>
        Task.FromResult((demo.First, demo.Copy()));

    [Fact]
    public async Task Backup_and_restore_round_trip_a_workspace_and_refuse_a_non_workspace()
    {
        await using var source = demo.Copy();
        Assert.Equal(0, demo.First.ExitCode);
        var backupFile = Path.Combine(Path.GetTempPath(), $"liaison-backup-{Guid.NewGuid():N}.db");
        try
        {
            var backup = await Infrastructure.Cli.Liaison(source.Database, "backup", "--out", backupFile);
            Assert.True(backup.ExitCode == 0, backup.Stderr);
            Assert.NotEqual(0, (await Infrastructure.Cli.Liaison(source.Database, "backup", "--out", backupFile)).ExitCode);

            await using var target = TestDatabase.CreateSqlite();
            var restore = await Infrastructure.Cli.Liaison(target.Database, "restore", backupFile);
            Assert.True(restore.ExitCode == 0, restore.Stderr);
            Assert.Contains("audit trail is intact", restore.Stderr);
            var users = await Infrastructure.Cli.Liaison(target.Database, "users", "list", "--json");
            Assert.Equal(8, JsonDocument.Parse(users.Stdout).RootElement.GetArrayLength());

            var notAWorkspace = Path.Combine(Path.GetTempPath(), $"liaison-junk-{Guid.NewGuid():N}.db");
            await File.WriteAllTextAsync(notAWorkspace, "this is not a database");
            var refused = await Infrastructure.Cli.Liaison(target.Database, "restore", notAWorkspace, "--force");
            Assert.NotEqual(0, refused.ExitCode);
            File.Delete(notAWorkspace);
        }
        finally
        {
            File.Delete(backupFile);
        }
    }

    [Fact]
    public async Task Audit_verify_fails_after_an_audit_row_is_edited_with_sqlite()
    {
        await using var db = demo.Copy();
        Assert.Equal(0, demo.First.ExitCode);
        await using (var connection = new SqliteConnection(db.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "UPDATE audit_entries SET new_values = new_values || 'x' WHERE sequence = 2";
            Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
        }
        SqliteConnection.ClearAllPools();
        var verify = await Infrastructure.Cli.Liaison(db.Database, "audit", "verify", "--json");
        Assert.Equal(1, verify.ExitCode);
        var report = JsonDocument.Parse(verify.Stdout).RootElement;
        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(2, report.GetProperty("firstBadSequence").GetInt64());
        Assert.Contains("audit entry 2", verify.Stderr);
    }
}

public sealed class FoundationCliOnPostgres() : FoundationCliTests(TestDatabase.CreatePostgresAsync)
{
    protected override async Task<(Infrastructure.Cli.Run First, TestDatabase Workspace)> NewDemoWorkspace()
    {
        var db = await TestDatabase.CreatePostgresAsync();
        return (await Infrastructure.Cli.Liaison(db.Database, "demo", "--json"), db);
    }

    [Fact]
    public async Task A_new_workspace_is_migrated_without_an_error_in_the_log()
    {
        // Npgsql's migrator read the history table before creating it, logging the failed read as an error.
        await using var db = await TestDatabase.CreatePostgresAsync();
        var run = await Infrastructure.Cli.Liaison(db.Database, "db", "migrate", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(Json(run.Stdout).GetProperty("created").GetBoolean());
        Assert.DoesNotContain("fail:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("__EFMigrationsHistory", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_on_postgres_points_to_pg_dump()
    {
        await using var db = await TestDatabase.CreatePostgresAsync();
        var run = await Infrastructure.Cli.Liaison(db.Database, "backup", "--out", "/tmp/never.db");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pg_dump", run.Stderr);
    }
}
