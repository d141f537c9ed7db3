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
            if (!IsApi(ctx.HttpContext)) return;
            if (ctx.ProblemDetails is HttpValidationProblemDetails { Errors.Count: > 0 } validation)
            {
                var named = validation.Errors.GroupBy(e => FieldKey(e.Key)).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Distinct().ToArray());
                validation.Errors.Clear();
                foreach (var (key, messages) in named) validation.Errors[key] = messages;
            }
            else ctx.ProblemDetails.Detail ??= StatusDetails.For(ctx.HttpContext, ctx.ProblemDetails.Status);
        });
        // Without this the framework answers a body or parameter it cannot read with a bare 400 in production (and throws
        // in development): thrown everywhere, BindingFailures can say which field and why.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BindingFailures>();
        return services;
    }

    /// <summary>
    /// A refused field named as the client wrote it, whichever check refused it: attribute validation names the CLR
    /// property ("FollowUps[0].DueOn"), a handler its own ("HcpIds"), the JSON is camelCase at every step
    /// ("followUps[0].dueOn"). A JSON path ("$.kind") or a header ("If-Match") is kept as it is.
    /// </summary>
    public static string FieldKey(string key) => key.StartsWith('$') || key.Contains('-')
        ? key : string.Join('.', key.Split('.').Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName));

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
