using System.Net;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Identity;
using Liaison.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Hosting;

public abstract class HostingTests(TestApp app)
{
    [Fact]
    public async Task Health_endpoints_answer_without_credentials()
    {
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await Json.Read(ready);
        Assert.Equal("Healthy", body["checks"]!["migrations"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_shutdown_that_cannot_wait_for_the_last_seal_stops_cleanly_and_leaves_the_entries_for_the_next_start()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var code = Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJson("/api/v1/therapeutic-areas", new { code, name = "Area " + code })).StatusCode);
        var sealing = new AuditSealingService(app.App.Services.GetRequiredService<IServiceScopeFactory>(),
            app.App.Services.GetRequiredService<AuditSealSignal>(), NullLogger<AuditSealingService>.Instance);
        using var gaveUp = new CancellationTokenSource();
        await gaveUp.CancelAsync();
        await sealing.StopAsync(gaveUp.Token); // the host's shutdown timeout has passed: no exception out of the host's stop
        var written = await app.Db(db => db.AuditEntries.AnyAsync(e => e.NewValues != null && e.NewValues.Contains(code)));
        Assert.True(written);
        Assert.True((await app.InScope(sp => sp.GetRequiredService<VerifyAuditChain.Handler>().Handle(default))).Valid);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api_paths()
    {
        var doc = await Json.Read(await app.Client().GetAsync("/openapi/v1.json"));
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/products", paths);
        Assert.Contains("/api/v1/products/{id}", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p));
    }

    [Fact]
    public async Task Unknown_api_route_is_404_problem_details()
    {
        var client = await app.ClientFor(Roles.Admin);
        var response = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/products/{0}")]
    [InlineData("/api/v1/open-payments/imports/{0}")]
    public async Task Missing_record_is_404_problem_details_saying_what_was_not_found(string url)
    {
        var client = await app.ClientFor(Roles.Admin);
        var response = await client.GetAsync(string.Format(url, Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("was not found.", (await Json.Read(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_need_a_signed_in_user()
    {
        // The test server's client does not follow redirects: the challenge itself is visible.
        var response = await app.Client().GetAsync("/Products");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Forms_refuse_a_post_without_the_antiforgery_token()
    {
        var response = await app.Client().PostAsync("/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@b.c", ["Input.Password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Api_ignores_the_cookie_and_needs_a_token()
    {
        // The API is token-only: a request carrying only a session cookie is a 401, so no cross-site forgery.
        var client = app.Client();
        client.DefaultRequestHeaders.Add("Cookie", "liaison.auth=forged");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/products")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Msl)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Safety)]
    public async Task Audit_trail_is_closed_to_roles_other_than_compliance_and_admin(string role)
    {
        var client = await app.ClientFor(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Compliance)]
    [InlineData(Roles.Admin)]
    public async Task Compliance_and_admin_read_and_verify_the_audit_trail(string role)
    {
        var client = await app.ClientFor(role);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/audit")).StatusCode);
        var verification = await Json.Read(await client.GetAsync("/api/v1/audit/verification"));
        Assert.True(verification["valid"]!.GetValue<bool>());
    }
}

public sealed class HostingOnSqlite(SqliteApp app) : HostingTests(app), IClassFixture<SqliteApp>;

public sealed class HostingOnPostgres(PostgresApp app) : HostingTests(app), IClassFixture<PostgresApp>;
