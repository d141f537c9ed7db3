using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.IntegrationTests.Infrastructure;
using Npgsql;

namespace Liaison.IntegrationTests.Cli;

/// <summary>
/// A workspace database the CLI cannot open is said in words, once, with --json still one JSON value and exit 1
/// (every command printed Npgsql's or SQLite's stack trace, twice with EF's log of it, and no JSON).
/// </summary>
public sealed class WorkspaceUnreachableCliTests
{
    private static readonly string Sample = Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");

    [Fact]
    public async Task A_postgresql_database_that_does_not_exist_is_named_without_a_stack_trace()
    {
        var missing = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString()) { Database = $"liaison_missing_{Guid.NewGuid():N}" };
        var run = await Infrastructure.Cli.Liaison(new WorkspaceDatabase(DatabaseProvider.Postgres, missing.ConnectionString),
            "import", "nppes", Sample, "--json");
        Assert.Equal(1, run.ExitCode);
        var error = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("error").GetString()!;
        Assert.Contains($"database \"{missing.Database}\" does not exist", error);
        Assert.Contains("ConnectionStrings__Liaison", error);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.StartsWith("error: The workspace database cannot be opened", run.Stderr.Trim());
    }

    [Fact]
    public async Task A_postgresql_server_that_does_not_answer_is_said_in_words()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString()) { Port = 1, Timeout = 5 };
        var run = await Infrastructure.Cli.Liaison(new WorkspaceDatabase(DatabaseProvider.Postgres, nowhere.ConnectionString), "users", "list");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: The workspace's PostgreSQL server does not answer", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task A_sqlite_file_that_cannot_be_opened_is_said_in_words()
    {
        var folder = TestTemp.Folder("a-folder-named-like-a-workspace-");
        var run = await Infrastructure.Cli.Liaison(new WorkspaceDatabase(DatabaseProvider.Sqlite, $"Data Source={folder}"), "users", "list", "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SQLite file cannot be opened", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("error").GetString());
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
