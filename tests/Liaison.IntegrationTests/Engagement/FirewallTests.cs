using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// The medical/commercial firewall on every engagement endpoint: the cross-functional viewer gets 403 on each
/// HCP-level route, whatever it asks, and only aggregates on the summary.
/// </summary>
public abstract class FirewallTests(TestApp app)
{
    private const string Id = "0196a5b0-0000-7000-8000-000000000001";

    public static TheoryData<string, string> HcpLevelRoutes => new()
    {
        { "GET", "/api/v1/interactions" },
        { "GET", $"/api/v1/interactions/{Id}" },
        { "POST", "/api/v1/interactions" },
        { "PUT", $"/api/v1/interactions/{Id}" },
        { "POST", $"/api/v1/interactions/{Id}/signature" },
        { "POST", $"/api/v1/interactions/{Id}/amendments" },
        { "GET", $"/api/v1/interactions/{Id}/amendments" },
        { "GET", $"/api/v1/hcps/{Id}/interactions" },
        { "GET", "/api/v1/follow-ups/due" },
        { "POST", $"/api/v1/follow-ups/{Id}/completion" },
        { "GET", "/api/v1/content" },
        { "GET", $"/api/v1/content/{Id}" },
        { "GET", $"/api/v1/content/{Id}/file" },
        { "POST", "/api/v1/content" },
        { "PUT", $"/api/v1/content/{Id}" },
        { "GET", "/api/v1/engagement-plans" },
        { "GET", "/api/v1/engagement-plans/team" },
        { "GET", $"/api/v1/engagement-plans/{Id}" },
        { "POST", "/api/v1/engagement-plans" },
        { "PUT", $"/api/v1/engagement-plans/{Id}" },
        { "GET", "/api/v1/events" },
        { "GET", $"/api/v1/events/{Id}" },
        { "GET", "/api/v1/events/exposures?series=x" },
        { "POST", "/api/v1/events" },
        { "PUT", $"/api/v1/events/{Id}" },
        { "POST", $"/api/v1/events/{Id}/invitations" },
        { "POST", $"/api/v1/events/{Id}/walk-ins" },
        { "POST", $"/api/v1/events/{Id}/participants/{Id}/registration" },
        { "POST", $"/api/v1/events/{Id}/participants/{Id}/decline" },
        { "POST", $"/api/v1/events/{Id}/participants/{Id}/check-in" },
        { "PUT", $"/api/v1/events/{Id}/knowledge-test" },
        { "POST", $"/api/v1/events/{Id}/participants/{Id}/scores" },
        { "POST", $"/api/v1/events/{Id}/participants/{Id}/feedback" },
        { "GET", "/api/v1/transfers-of-value" },
        { "GET", $"/api/v1/transfers-of-value/{Id}" },
        { "GET", "/api/v1/transfers-of-value/totals" },
        { "POST", "/api/v1/transfers-of-value" },
        { "GET", "/api/v1/transfers-of-value/open-payments" },
        { "GET", $"/api/v1/hcps/{Id}/transfers-of-value" },
        { "GET", $"/api/v1/hcps/{Id}/external-payments" },
        { "POST", "/api/v1/open-payments/imports" },
        { "GET", "/api/v1/transfer-caps" },
        { "PUT", "/api/v1/transfer-caps" },
        { "DELETE", $"/api/v1/transfer-caps/{Id}" },
        { "GET", "/api/v1/patient-advocates" },
        { "GET", $"/api/v1/patient-advocates/{Id}" },
        { "POST", "/api/v1/patient-advocates" },
        { "GET", "/api/v1/unsolicited-requests" },
        { "GET", $"/api/v1/unsolicited-requests/{Id}" },
        { "POST", "/api/v1/unsolicited-requests" },
    };

    [Theory]
    [MemberData(nameof(HcpLevelRoutes))]
    public async Task A_viewer_is_refused_every_hcp_level_engagement_route_with_403(string method, string url)
    {
        var viewer = await app.ClientFor(Roles.Viewer);
        // Uploads are multipart: a JSON body would not even reach them (the route matches form content only).
        HttpContent? content = method is "GET" or "DELETE" ? null
            : url.EndsWith("/content", StringComparison.Ordinal) || url.EndsWith("/imports", StringComparison.Ordinal)
                ? new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.csv" } }
                : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        var response = await viewer.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_viewer_sees_the_engagement_summary_in_counts_without_any_hcp_or_note()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, npi) = await EngagementData.Hcp(app, "Firewallson");
        await EngagementData.Created(await msl.PostJson("/api/v1/interactions",
            EngagementData.Interaction(app, [hcp], notes: "Confidential call note about dosing.")));
        var viewer = await app.ClientFor(Roles.Viewer);
        var response = await viewer.GetAsync("/api/v1/engagement/summary");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((await Json.Read(response))["interactions"]!.GetValue<int>() >= 1);
        Assert.DoesNotContain(npi, text);
        Assert.DoesNotContain("Firewallson", text);
        Assert.DoesNotContain("Confidential", text);
        Assert.DoesNotContain(hcp.ToString(), text);
    }

    [Fact]
    public async Task The_hcp_profile_gives_a_viewer_no_engagement_section_and_a_medical_user_both()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await EngagementData.Hcp(app);
        await EngagementData.Created(await msl.PostJson("/api/v1/interactions", EngagementData.Interaction(app, [hcp])));
        var viewer = await app.ClientFor(Roles.Viewer);
        var asViewer = await viewer.GetAsync($"/api/v1/hcps/{hcp}");
        Assert.Equal(HttpStatusCode.OK, asViewer.StatusCode);
        var text = await asViewer.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"interactions\"", text);
        Assert.DoesNotContain("Discussed the data", text);
        var asMsl = await Json.Read(await msl.GetAsync($"/api/v1/hcps/{hcp}"));
        Assert.Contains(asMsl["sections"]!.AsArray(), s => s!["key"]!.GetValue<string>() == "interactions");
    }
}

public sealed class FirewallOnSqlite(SqliteApp app) : FirewallTests(app), IClassFixture<SqliteApp>;

public sealed class FirewallOnPostgres(PostgresApp app) : FirewallTests(app), IClassFixture<PostgresApp>;
