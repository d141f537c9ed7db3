using Liaison.Core.Data;
using Liaison.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Hosting;

public static class WorkspaceStartup
{
    /// <summary>
    /// Brings the workspace to the current schema before the first request. A brand-new workspace becomes the
    /// demo workspace unless Demo:SeedOnFirstStart is false; a demo workspace's logins are printed at start.
    /// </summary>
    public static async Task PrepareWorkspaceAsync(this WebApplication app, CancellationToken ct = default)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Liaison.Workspace");
        var database = app.Services.GetRequiredService<WorkspaceDatabase>();
        bool isNew;
        using (var scope = app.Services.CreateScope())
            isNew = await scope.ServiceProvider.GetRequiredService<WorkspaceMigrator>().MigrateAsync(ct);
        log.LogInformation("Workspace: {Provider} {Location}", database.Provider,
            database.SqliteFile ?? "(PostgreSQL server)");

        if (isNew && app.Configuration.GetValue("Demo:SeedOnFirstStart", true))
        {
            log.LogInformation("New workspace: creating the demo workspace (a minute at most)...");
            await app.Services.GetRequiredService<DemoWorkspace>().CreateAsync(DemoWorkspace.DefaultSeed,
                new Progress<string>(m => log.LogInformation("{Step}", m)), ct);
        }

        bool isDemo;
        using (var scope = app.Services.CreateScope())
            isDemo = await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().WorkspaceSettings
                .AnyAsync(s => s.Key == WorkspaceSetting.IsDemo, ct);
        if (isDemo)
            app.Lifetime.ApplicationStarted.Register(() => PrintDemoLogins(app));
    }

    private static void PrintDemoLogins(WebApplication app)
    {
        var urls = string.Join(" ", app.Urls);
        Console.WriteLine();
        Console.WriteLine($"Liaison is running at {urls}");
        Console.WriteLine($"Demo workspace logins (password for all: {DemoUsers.Password}):");
        foreach (var (email, role, _) in DemoUsers.Logins)
            Console.WriteLine($"  {role,-20} {email}");
        Console.WriteLine();
    }
}
