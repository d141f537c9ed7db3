namespace Liaison.Web.Hosting;

internal static class ErrorHandling
{
    public static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api");

    /// <summary>Problem details, built in one place, and the API's answer to a request its binding could not read.</summary>
    public static IServiceCollection AddLiaisonErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
        });
        // Without this the framework answers a body or parameter it cannot read with a bare 400 in production (and throws
        // in development): thrown everywhere, BindingFailures can say which field and why.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BindingFailures>();
        return services;
    }

    /// <summary>
    /// The API answers every error, including unknown routes and unhandled exceptions, with problem details;
    /// pages show a readable error page instead.
    /// </summary>
    public static void UseLiaisonErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Status", "?code={0}");
        });
    }
}
