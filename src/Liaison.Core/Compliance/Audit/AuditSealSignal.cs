namespace Liaison.Core.Compliance.Audit;

/// <summary>Wakes the web app's sealing loop when a save wrote audit entries.</summary>
public sealed class AuditSealSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        if (_pending.CurrentCount == 0)
            try { _pending.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
    }

    /// <returns>True when signalled, false when the wait timed out.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _pending.WaitAsync(timeout, ct);
}
