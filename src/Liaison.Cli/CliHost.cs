using Liaison.Core;
using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Liaison.Cli;

/// <summary>
/// The workspace as the CLI sees it: the same configuration keys as the web app (appsettings.json in the
/// current folder, then environment variables such as ConnectionStrings__Liaison), the same Core services,
/// and the CLI user as the actor of every audit entry. Logs go to stderr so stdout stays data.
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly IHost _host;

    private CliHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;
    public WorkspaceDatabase Database => Services.GetRequiredService<WorkspaceDatabase>();

    public static async Task<CliHost> OpenAsync(CancellationToken ct, bool migrate = true)
    {
        // appsettings.json is read once, never watched: a watch puts an inotify watch on every folder under the current
        // one (a command run from a home folder or /tmp spent 0.2 s of its start on that, and can exhaust the user's
        // inotify limit), for a change a command that ends in seconds would never read.
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Configuration = configuration,
            ContentRootPath = Directory.GetCurrentDirectory(),
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error);
        // A connection or query that fails throws to the command, which says why once (WorkspaceUnreachable): EF's own
        // log of it printed the same stack trace first.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.None);
        var database = WorkspaceDatabase.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<IActorAccessor>(new FixedActor(new Actor(null, $"cli:{Environment.UserName}",
            new HashSet<string>())));
        builder.Services.AddLiaisonCore(database);
        var host = new CliHost(builder.Build());
        if (migrate)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkspaceMigrator>().MigrateAsync(ct);
        }
        return host;
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Chains the audit entries this command wrote before the process ends.</summary>
    public async ValueTask DisposeAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            // A workspace this command did not migrate (backup of an empty database, say) has no trail to seal.
            var pending = await scope.ServiceProvider.GetRequiredService<WorkspaceMigrator>().PendingAsync(CancellationToken.None);
            if (pending.Count == 0)
                await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealAsync(CancellationToken.None);
        }
        if (_host is IAsyncDisposable d) await d.DisposeAsync();
        else _host.Dispose();
    }
}
