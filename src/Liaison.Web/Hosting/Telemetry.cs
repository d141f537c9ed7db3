using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Liaison.Web.Hosting;

internal static class Telemetry
{
    /// <summary>
    /// Traces, metrics and logs for ASP.NET Core, EF Core and Npgsql, exported over OTLP when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set. Console logs are structured JSON when Logging:Console:FormatterName is json.
    /// Without an exporter there is no tracing: every request's and every SQL command's activity would be sampled,
    /// tagged and thrown away (measured: a noticeable share of an API write's CPU).
    /// </summary>
    public static void AddLiaisonTelemetry(this IServiceCollection services, IConfiguration configuration, ILoggingBuilder logging)
    {
        var exporting = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        logging.AddOpenTelemetry(o =>
        {
            o.IncludeScopes = true;
            o.IncludeFormattedMessage = true;
        });
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("liaison"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Liaison")
                .AddNpgsqlInstrumentation());
        if (!exporting) return;
        telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql())
            .UseOtlpExporter();
    }
}
