using Liaison.Core.Data;
using Npgsql;

namespace Liaison.IntegrationTests.Infrastructure;

/// <summary>For tests of two writers at once: the moment the second waits on what the first holds.</summary>
internal static class LockWaits
{
    /// <summary>Returns once <paramref name="work"/> waits on a lock in <paramref name="app"/>'s database, or has ended.</summary>
    public static async Task UntilWaitingOrDone(TestApp app, Task work)
    {
        // SQLite's wait for its write lock cannot be seen from outside; the first writer's open transaction holds it.
        if (app.Provider == DatabaseProvider.Sqlite) return;
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!work.IsCompleted && (long)(await waiting.ExecuteScalarAsync(giveUp.Token))! == 0)
            await Task.Delay(20, giveUp.Token);
    }
}
