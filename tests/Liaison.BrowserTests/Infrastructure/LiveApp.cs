using Liaison.Core.Identity;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.BrowserTests.Infrastructure;

/// <summary>
/// The web app on Kestrel at a free loopback port, with its real static files, over a fresh SQLite
/// workspace, and Debian's Chromium driven by Playwright. Users are created per test with known passwords.
/// </summary>
public sealed class LiveApp : IAsyncLifetime
{
    private WebApplication? _app;
    private string? _folder;
    public PlaywrightSession Browser { get; } = new();
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("liaison-browser-").FullName;
        var contentRoot = Path.Combine(RepoPaths.Root, "src", "Liaison.Web");
        _app = LiaisonWebApp.Build(["--contentRoot", contentRoot, "--environment", "Testing", "--urls", "http://127.0.0.1:0"],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Database:Provider"] = "Sqlite",
                    ["Database:StrictQueries"] = "true",
                    ["ConnectionStrings:Liaison"] = $"Data Source={Path.Combine(_folder, "workspace.db")}",
                    ["Demo:SeedOnFirstStart"] = "true",
                });
                // Identity's own hasher at one PBKDF2 round instead of 100,000 (the demo's users and each test's sign-ins).
                builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1);
            });
        await _app.PrepareWorkspaceAsync();
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await Browser.InitializeAsync();
    }

    /// <summary>A new user with a known password, signed in through the real login form by the test.</summary>
    public async Task<(string Email, string Password)> NewUser(string role)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var email = $"{role}-{Guid.NewGuid():N}@browser.test";
        const string password = "Browser-test-2026";
        var result = await scope.ServiceProvider.GetRequiredService<AddUser.Handler>()
            .Handle(new AddUser.Command(email, [role], $"Test {role}", password), default);
        if (!result.IsSuccess) throw new InvalidOperationException(result.Error!.Message);
        return (email, password);
    }

    /// <summary>The demo company's user of a role (the MSLs have territories, the manager leads them).</summary>
    public static (string Email, string Password) DemoLogin(string role) =>
        (Liaison.Core.Demo.DemoUsers.Logins.First(l => l.Role == role).Email, Liaison.Core.Demo.DemoUsers.Password);

    /// <summary>Reads the workspace directly, e.g. to find demo HCPs to type in.</summary>
    public async Task<T> Query<T>(Func<Liaison.Core.Data.LiaisonDbContext, Task<T>> read)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<Liaison.Core.Data.LiaisonDbContext>());
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        if (_app is not null) await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder is not null) try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
