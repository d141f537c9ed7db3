using System.Net.Http.Headers;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Liaison.IntegrationTests.Infrastructure;

/// <summary>
/// The real web app (every service, middleware and endpoint of production) on an in-memory test server,
/// over a fresh workspace on one of the two engines. One per test class; tests isolate themselves with
/// unique data rather than resets, so they can run side by side.
/// </summary>
public abstract class TestApp : IAsyncLifetime
{
    private TestDatabase? _database;
    private WebApplication? _app;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>
    /// Whether the app listens on a real Kestrel socket, for what only the server does (its size limits and the answers it
    /// writes itself), instead of the in-memory test server.
    /// </summary>
    protected virtual bool OnKestrel => false;
    public WebApplication App => _app ?? throw new InvalidOperationException("The app has not started.");
    public WorkspaceDatabase Database => _database!.Database;

    /// <summary>Where every app's clock starts.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The clock of the app, set to a fixed instant and moved only by the tests.</summary>
    public FakeTimeProvider Clock { get; } = new(ClockStart);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync(Provider);
        _app = Build(Database, Clock, OnKestrel, ConfigureServices);
        await _app.PrepareWorkspaceAsync();
        await _app.StartAsync();
    }

    /// <summary>The app as the tests configure it, on <paramref name="database"/> with <paramref name="clock"/>.</summary>
    internal static WebApplication Build(WorkspaceDatabase database, TimeProvider clock, bool onKestrel = false,
        Action<IServiceCollection>? configureServices = null) =>
        LiaisonWebApp.Build(["--environment", "Testing"], builder =>
        {
            if (onKestrel) builder.WebHost.UseUrls("http://127.0.0.1:0");
            else builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Provider.ToString(),
                ["ConnectionStrings:Liaison"] = database.ConnectionString,
                ["Demo:SeedOnFirstStart"] = "false",
                ["Database:StrictQueries"] = "true",
            });
            builder.Services.AddSingleton(clock);
            // Passwords are hashed and checked by Identity's own hasher, at one PBKDF2 round instead of 100,000: each test
            // signs users in, and the rounds were a sixth of the suite's CPU. The hash format stays what production writes.
            builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1);
            configureServices?.Invoke(builder.Services);
        });

    /// <summary>Extra services a fixture adds (a test double of another capability's contribution).</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    public HttpClient Client() => OnKestrel ? new HttpClient { BaseAddress = new Uri(App.Urls.First()) } : App.GetTestClient();

    /// <summary>Runs <paramref name="work"/> in a scope of the app's services, as a given actor.</summary>
    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="query"/> on a context of its own scope.</summary>
    public Task<T> Db<T>(Func<LiaisonDbContext, Task<T>> query) => InScope(sp => query(sp.GetRequiredService<LiaisonDbContext>()));

    /// <summary>A new user with these roles and an API client that authenticates with their personal token.</summary>
    public async Task<(HttpClient Client, string UserId, string Email)> UserClient(params string[] roles)
    {
        var email = $"{string.Join("-", roles.DefaultIfEmpty("none"))}-{Guid.NewGuid():N}@test.liaison";
        var (userId, token) = await InScope(async sp =>
        {
            var added = await sp.GetRequiredService<AddUser.Handler>().Handle(
                new AddUser.Command(email, roles.Length == 0 ? [Roles.Viewer] : roles), default);
            var userId = added.Value!.UserId;
            if (roles.Length == 0)
            {
                var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<LiaisonUser>>();
                var user = await users.FindByIdAsync(userId);
                await users.RemoveFromRoleAsync(user!, Roles.Viewer);
            }
            var token = await sp.GetRequiredService<CreateApiToken.Handler>()
                .Handle(new CreateApiToken.Command(userId, "test"), default);
            return (userId, token.Value!.Token);
        });
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (client, userId, email);
    }

    public Task<HttpClient> ClientFor(string role) => UserClient(role).ContinueWith(t => t.Result.Client, TaskScheduler.Default);
}

public sealed class SqliteApp : TestApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresApp : TestApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
