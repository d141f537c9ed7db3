using Liaison.Core.Data;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Bench.Harness;

/// <summary>The real web app (Production, Kestrel on loopback) over a bench workspace, as benchmarks drive it over HTTP.</summary>
internal static class BenchWebApp
{
    /// <summary>
    /// Builds, prepares and starts the app on port 0 (the OS picks a free one, so two hosts can be up at once);
    /// returns it with the address it listens on.
    /// </summary>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(BenchWorkspace workspace,
        Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null)
    {
        var app = LiaisonWebApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = workspace.Database.Provider.ToString(),
                ["ConnectionStrings:Liaison"] = workspace.Database.ConnectionString,
                ["Demo:SeedOnFirstStart"] = "false", ["Logging:LogLevel:Default"] = "Warning",
            });
            configure?.Invoke(b);
        });
        map?.Invoke(app);
        await app.PrepareWorkspaceAsync();
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}
