using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Cli;

/// <summary>
/// One `liaison demo --json` run on a new SQLite workspace, shared by the CLI tests that need a demo workspace: each
/// gets a copy of the file to change as it likes. The demo was seeded three times over, by a process each time, and
/// seeding it is most of what these tests cost.
/// </summary>
public sealed class SqliteCliDemo : IAsyncLifetime
{
    private TestDatabase? _workspace;

    /// <summary>What the run printed and its exit code; the tests assert on it.</summary>
    public Infrastructure.Cli.Run First { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _workspace = TestDatabase.CreateSqlite();
        First = await Infrastructure.Cli.Liaison(_workspace.Database, "demo", "--json");
    }

    /// <summary>A new workspace holding what the run left (the process has ended: its file is whole, its log checkpointed).</summary>
    public TestDatabase Copy()
    {
        var copy = TestDatabase.CreateSqlite();
        foreach (var suffix in new[] { "", "-wal" })
            if (File.Exists(_workspace!.Database.SqliteFile + suffix))
                File.Copy(_workspace.Database.SqliteFile + suffix, copy.Database.SqliteFile + suffix);
        return copy;
    }

    public async Task DisposeAsync()
    {
        if (_workspace is not null) await _workspace.DisposeAsync();
    }
}
