using Liaison.Core.Data;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>The settings each SQLite connection gets (README: durability of SQLite workspaces).</summary>
public sealed class SqliteConnectionSetupTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_web_apps_connections_wait_for_the_lock_commit_without_fsync_and_leave_checkpoints_to_the_background()
    {
        var (synchronous, autoCheckpoint, busyTimeout, logLimit) = await app.InScope(sp => Settings(sp.GetRequiredService<LiaisonDbContext>()));
        Assert.Equal(1, synchronous); // NORMAL
        Assert.Equal(0, autoCheckpoint);
        Assert.Equal(30_000, busyTimeout);
        Assert.Equal(SqliteConnectionSetup.LogSizeLimit, logLimit);
    }

    [Fact]
    public async Task A_command_line_workspace_on_the_same_file_keeps_sqlites_checkpoint_on_commit()
    {
        // The same pool as the web app's contexts: a native connection takes the settings of the host opening it.
        await app.InScope(sp => Settings(sp.GetRequiredService<LiaisonDbContext>()));
        var options = new DbContextOptionsBuilder<DbContext>();
        new WorkspaceDatabase(app.Database.Provider, app.Database.ConnectionString).Configure(options);
        await using var cli = new DbContext(options.Options);
        var (synchronous, autoCheckpoint, busyTimeout, _) = await Settings(cli);
        Assert.Equal(1, synchronous);
        Assert.Equal(1000, autoCheckpoint);
        Assert.Equal(30_000, busyTimeout);
    }

    private static async Task<(long Synchronous, long AutoCheckpoint, long BusyTimeout, long LogLimit)> Settings(DbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            async Task<long> Pragma(string name)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA {name};";
                return Convert.ToInt64(await command.ExecuteScalarAsync());
            }
            return (await Pragma("synchronous"), await Pragma("wal_autocheckpoint"), await Pragma("busy_timeout"), await Pragma("journal_size_limit"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
