using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;

namespace Liaison.Web.Hosting;

/// <summary>
/// Work an upload starts that outlives its request (imports of big public files): run on the thread pool in a scope of
/// its own, with a workspace context acting as the user who started it, so what it writes is audited as theirs.
/// </summary>
public sealed class BackgroundWork(IServiceScopeFactory scopes)
{
    /// <param name="work">The work, given the acting context and the scope's services.</param>
    /// <param name="failed">What to record when the work throws (the request that started it is long gone).</param>
    public void Start(Actor actor, Func<LiaisonDbContext, IServiceProvider, Task> work, Action<Exception> failed)
    {
        // Not the request's execution context: its scope, user and cancellation end with the response.
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(async () =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var services = scope.ServiceProvider;
                    // The scope's context, lent to the user who started the work (the scope returns it to the pool).
                    var db = services.GetRequiredService<LiaisonDbContext>().LendTo(services.GetRequiredService<TimeProvider>(),
                        new FixedActor(actor), services.GetService<AuditSealSignal>());
                    await work(db, services);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failed(e);
                }
            });
    }
}
