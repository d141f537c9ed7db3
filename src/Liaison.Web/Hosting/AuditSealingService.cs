using Liaison.Core.Compliance.Audit;

namespace Liaison.Web.Hosting;

/// <summary>
/// Seals audit entries into the hash chain moments after they are written (woken by every audited save, and
/// every few seconds in case a save committed after its signal), and once more at shutdown.
/// </summary>
internal sealed class AuditSealingService(IServiceScopeFactory scopes, AuditSealSignal signal, ILogger<AuditSealingService> log)
    : BackgroundService
{
    internal static readonly TimeSpan SealingDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                // Gather a second's writes into one batch: on SQLite every seal takes the single write lock, so
                // sealing after each save would double the write transactions. The window in which an entry is
                // written but not yet chained stays about a second.
                await Task.Delay(SealingDelay, stoppingToken);
                await Seal(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.LogError(e, "Sealing the audit trail failed; retrying shortly.");
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Seals what is left, as far as the host's shutdown allows: entries still unsealed when it gives up stay written and
    /// are chained by the next start's first seal (a backlog of minutes of writes can outlast the shutdown timeout).
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await Seal(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("Shutdown did not wait for the whole audit trail to be sealed; the rest is sealed at the next start.");
        }
    }

    private async Task Seal(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealAsync(ct);
    }
}
