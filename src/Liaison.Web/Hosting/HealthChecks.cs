using Liaison.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Liaison.Web.Hosting;

internal static class HealthChecks
{
    public static void AddLiaisonHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddDbContextCheck<LiaisonDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: ["ready"]);

    /// <summary>/health/live: the process answers. /health/ready: the database answers and is on the current schema.</summary>
    public static void MapLiaisonHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = WriteJson,
        }).AllowAnonymous();
    }

    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        });
    }

    private sealed class MigrationsAppliedCheck(WorkspaceMigrator migrator) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
        {
            var pending = await migrator.PendingAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The schema is current.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
        }
    }
}
