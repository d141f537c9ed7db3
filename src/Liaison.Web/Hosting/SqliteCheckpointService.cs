using Liaison.Core.Data;

namespace Liaison.Web.Hosting;

/// <summary>Checkpoints a SQLite workspace's write-ahead log every second, off the request path (see <see cref="SqliteConnectionSetup"/>).</summary>
internal sealed class SqliteCheckpointService(IServiceScopeFactory scopes, ILogger<SqliteCheckpointService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await SqliteConnectionSetup.CheckpointAsync(scope.ServiceProvider.GetRequiredService<LiaisonDbContext>(), stoppingToken);
                }
                catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
                {
                    log.LogWarning(e, "Checkpointing the SQLite write-ahead log failed; retrying in a second.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
