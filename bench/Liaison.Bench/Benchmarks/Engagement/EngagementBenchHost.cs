using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using Liaison.Bench.Harness;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Identity;
using Liaison.Core.Products;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Bench.Benchmarks.Engagement;

/// <summary>
/// The real web app on Kestrel over a fresh bench workspace, with an MSL (API token and password), a few HCPs, a
/// product and an approved material, and a server-side timer of every request (an outermost middleware).
/// </summary>
internal sealed class EngagementBenchHost : IAsyncDisposable
{
    public const string Password = "Bench-password-2026";

    private EngagementBenchHost(BenchWorkspace workspace, WebApplication app, string baseUrl, string token, string email)
        => (Workspace, App, BaseUrl, Token, Email) = (workspace, app, baseUrl, token, email);

    public BenchWorkspace Workspace { get; }
    public WebApplication App { get; }
    public string BaseUrl { get; }
    public string Token { get; }
    public string Email { get; }
    public string UserId { get; private set; } = "";
    public List<Guid> Hcps { get; } = [];
    public Guid Product { get; private set; }
    public Guid Material { get; private set; }
    public ServerTimer Timer => App.Services.GetRequiredService<ServerTimer>();

    /// <param name="sealAudit">False removes the web app's background audit sealer: a diagnostic of its share of the cost.</param>
    public static async Task<EngagementBenchHost> StartAsync(BenchContext context, DatabaseProvider provider, string name,
        Action<WebApplication>? map = null, bool sealAudit = true)
    {
        var ws = await BenchWorkspace.CreateAsync(context, provider, name);
        var email = $"msl-{name}@bench.test";
        string token, userId;
        await using (var scope = ws.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<AddUser.Handler>()
                .Handle(new AddUser.Command(email, [Roles.Msl], "Bench MSL", Password), CancellationToken.None);
            userId = user.Value!.UserId;
            token = (await scope.ServiceProvider.GetRequiredService<CreateApiToken.Handler>()
                .Handle(new CreateApiToken.Command(userId, "bench"), CancellationToken.None)).Value!.Token;
        }
        var (app, baseUrl) = await BenchWebApp.StartAsync(ws, b =>
        {
            b.Services.AddSingleton<ServerTimer>();
            if (!sealAudit)
                foreach (var sealer in b.Services.Where(d => d.ImplementationType?.Name == "AuditSealingService").ToList())
                    b.Services.Remove(sealer);
            b.Services.AddTransient<IStartupFilter, ServerTimer.Filter>();
        }, map);
        var host = new EngagementBenchHost(ws, app, baseUrl, token, email) { UserId = userId };
        await host.SeedAsync();
        return host;
    }

    public HttpClient ApiClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        var area = new TherapeuticArea { Id = Guid.CreateVersion7(), Code = "ONC", Name = "Oncology" };
        var product = new Product { Id = Guid.CreateVersion7(), Code = "ONC-1", Name = "Benchmab", GenericName = "benchumab", TherapeuticAreaId = area.Id, CreatedAt = db.UtcNow };
        var today = DateOnly.FromDateTime(db.UtcNow);
        var material = new ContentItem
        {
            Id = Guid.CreateVersion7(), Title = "Deck", DocumentCode = "MED-1", VersionLabel = "1.0", ProductId = product.Id,
            Status = ApprovalStatus.Approved, ApprovedOn = today.AddDays(-30), ExpiresOn = today.AddDays(300), FileName = "d.txt",
            MediaType = "text/plain", SizeBytes = 1, Sha256 = ContentStore.Checksum([1]), CreatedAt = db.UtcNow,
        };
        db.AddRange(area, product, material);
        for (var i = 0; i < 20; i++)
        {
            var hcp = new Hcp
            {
                Id = Guid.CreateVersion7(), Npi = (1_500_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                FirstName = "Bench", LastName = $"Doctor{i}", Credentials = "MD", Source = DirectorySource.Manual, CreatedAt = db.UtcNow,
                UpdatedAt = db.UtcNow,
            };
            db.Hcps.Add(hcp);
            Hcps.Add(hcp.Id);
        }
        await db.SaveChangesAsync();
        (Product, Material) = (product.Id, material.Id);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Workspace.DisposeAsync();
    }
}

/// <summary>Server time per request path, measured by the outermost middleware (from first byte in to last byte out).</summary>
internal sealed class ServerTimer
{
    private readonly ConcurrentQueue<(string Path, double Ms)> _times = new();

    public IReadOnlyList<double> For(string pathPrefix) =>
        _times.Where(t => t.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).Select(t => t.Ms).ToList();

    public void Clear() => _times.Clear();

    internal sealed class Filter(ServerTimer timer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate inner) =>
            {
                var start = Stopwatch.GetTimestamp();
                await inner(context);
                timer._times.Enqueue((context.Request.Path.Value ?? "", Stopwatch.GetElapsedTime(start).TotalMilliseconds));
            });
            next(app);
        };
    }
}
