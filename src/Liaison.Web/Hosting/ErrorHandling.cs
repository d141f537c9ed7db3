namespace Liaison.Web.Hosting;

internal static class ErrorHandling
{
    private static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api");

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
