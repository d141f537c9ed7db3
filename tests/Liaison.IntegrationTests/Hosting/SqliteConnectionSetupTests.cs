using Liaison.Core.Data;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
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
        Assert.Equal(-1, logLimit); // kept while writes go on; the background checkpoint cuts it when they pause
    }

    [Fact]
    public async Task A_command_line_workspace_on_the_same_file_keeps_sqlites_checkpoint_on_commit()
    {
        // The same pool as the web app's contexts: a native connection takes the settings of the host opening it.
        await app.InScope(sp => Settings(sp.GetRequiredService<LiaisonDbContext>()));
        var options = new DbContextOptionsBuilder<DbContext>();
        new WorkspaceDatabase(app.Database.Provider, app.Database.ConnectionString).Configure(options);
        await using var cli = new DbContext(options.Options);
        var (synchronous, autoCheckpoint, busyTimeout, logLimit) = await Settings(cli);
        Assert.Equal(1, synchronous);
        Assert.Equal(1000, autoCheckpoint);
        Assert.Equal(30_000, busyTimeout);
        Assert.Equal(SqliteConnectionSetup.LogSizeLimit, logLimit);
    }

    [Fact]
    public async Task Once_writes_pause_the_background_checkpoint_cuts_the_log_file_to_nothing()
    {
        var log = new FileInfo(new SqliteConnectionStringBuilder(app.Database.ConnectionString).DataSource + "-wal");
        // Measured while this scope's connection is open: another test clearing every connection pool would otherwise
        // close the file's last connection, and SQLite then copies and deletes the log itself.
        var written = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            await db.Database.OpenConnectionAsync();
            db.WorkspaceSettings.AddRange(Enumerable.Range(0, 300)
                .Select(i => new WorkspaceSetting { Key = $"log-cut-{i}", Value = new string('x', 20_000) }));
            await db.SaveChangesAsync();
            return Size(log);
        });
        Assert.True(written > 5_000_000, $"log file after 6 MB of writes: {written} bytes");
        // A checkpoint that finds the log as the last one left it, all copied, cuts it (the app's own, every second,
        // does the same; these only make it sooner).
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            await app.InScope(async sp =>
            {
                await SqliteConnectionSetup.CheckpointAsync(sp.GetRequiredService<LiaisonDbContext>(), CancellationToken.None);
                return 0;
            });
            await Task.Delay(100);
        } while (Size(log) > 0 && DateTime.UtcNow < deadline);
        Assert.Equal(0, Size(log));
    }

    /// <summary>The log file's size; none when SQLite removed it (its last connection closed).</summary>
    private static long Size(FileInfo file)
    {
        file.Refresh();
        return file.Exists ? file.Length : 0;
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
