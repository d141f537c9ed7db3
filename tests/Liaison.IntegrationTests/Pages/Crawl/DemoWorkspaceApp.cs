using Liaison.Core.Demo;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Pages.Crawl;

/// <summary>
/// The app over the demo workspace (users for every role, directory, engagement, initiatives), created once per engine
/// and shared by the page crawl and the form test (one collection, run one after the other: seeding the demo is most
/// of their time): they reach detail pages through the demo's own records, as a user of the demo would.
/// </summary>
public abstract class DemoWorkspaceApp(TestApp app) : IAsyncLifetime
{
    public TestApp App => app;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        await app.App.Services.GetRequiredService<DemoWorkspace>().CreateAsync(DemoWorkspace.DefaultSeed, null, default);
    }

    /// <summary>A browser-like client signed in as the demo's user of <paramref name="role"/>.</summary>
    public Task<HttpClient> SignIn(string role) =>
        DashboardUsers.SignInPages(app, DemoUsers.Logins.First(l => l.Role == role).Email, DemoUsers.Password);

    public Task DisposeAsync() => app.DisposeAsync();
}

public sealed class SqliteDemoApp() : DemoWorkspaceApp(new SqliteApp());

public sealed class PostgresDemoApp() : DemoWorkspaceApp(new PostgresApp());

[CollectionDefinition(Name)]
public sealed class SqliteDemoCollection : ICollectionFixture<SqliteDemoApp>
{
    public const string Name = "demo workspace on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresDemoCollection : ICollectionFixture<PostgresDemoApp>
{
    public const string Name = "demo workspace on PostgreSQL";
}

/// <summary>
/// Another demo workspace per engine, for the tests that read the demo and re-run its seeding (which must change
/// nothing): the form test's submissions change the crawl's workspace, and so what these tests check.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqliteReadDemoCollection : ICollectionFixture<SqliteDemoApp>
{
    public const string Name = "demo workspace on SQLite, read";
}

[CollectionDefinition(Name)]
public sealed class PostgresReadDemoCollection : ICollectionFixture<PostgresDemoApp>
{
    public const string Name = "demo workspace on PostgreSQL, read";
}
