using Liaison.Core.Compliance.Audit;

namespace Liaison.Web.Hosting;

/// <summary>
/// Seals audit entries into the hash chain moments after they are written (woken by every audited save, and
/// every few seconds in case a save committed after its signal), and once more at shutdown.
/// </summary>
internal sealed class AuditSealingService(IServiceScopeFactory scopes, AuditSealSignal signal, ILogger<AuditSealingService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                await Task.Delay(TimeSpan.FromMilliseconds(20), stoppingToken); // gather a burst into one batch
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

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Seal(cancellationToken);
    }

    private async Task Seal(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealAsync(ct);
    }
}
