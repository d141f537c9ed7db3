using System.Net;
using System.Net.Http.Json;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Kol;

/// <summary>
/// The medical/commercial firewall on every KOL endpoint: the cross-functional viewer gets none of the HCP-level
/// evidence, review, territory, consent, change-request or export data, and no write.
/// </summary>
public abstract class KolFirewallTests(KolApp app)
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/v1/hcps/{hcp}/kol" },
        { "GET", "/api/v1/hcps/{hcp}/prescribing" },
        { "GET", "/api/v1/kol/prescribing?npi=1588667638" },
        { "GET", "/api/v1/kol/evidence-links" },
        { "GET", "/api/v1/kol/evidence-links/{any}" },
        { "POST", "/api/v1/kol/evidence-links/{any}/confirm" },
        { "POST", "/api/v1/kol/evidence-links/{any}/reject" },
        { "GET", "/api/v1/kol/tier-thresholds" },
        { "PUT", "/api/v1/kol/tier-thresholds" },
        { "POST", "/api/v1/kol/scores/recompute" },
        { "GET", "/api/v1/hcps/{hcp}/congress-presentations" },
        { "POST", "/api/v1/hcps/{hcp}/congress-presentations" },
        { "GET", "/api/v1/congress-presentations/{any}" },
        { "DELETE", "/api/v1/congress-presentations/{any}" },
        { "GET", "/api/v1/territories" },
        { "GET", "/api/v1/territories/{any}" },
        { "POST", "/api/v1/territories" },
        { "PUT", "/api/v1/territories/{any}" },
        { "PUT", "/api/v1/territories/{any}/hcps/{hcp}" },
        { "DELETE", "/api/v1/territories/{any}/hcps/{hcp}" },
        { "GET", "/api/v1/hcps/{hcp}/territories" },
        { "GET", "/api/v1/change-requests" },
        { "GET", "/api/v1/change-requests/{any}" },
        { "POST", "/api/v1/change-requests" },
        { "POST", "/api/v1/change-requests/{any}/approve" },
        { "POST", "/api/v1/change-requests/{any}/reject" },
        { "GET", "/api/v1/hcps/{hcp}/consents" },
        { "POST", "/api/v1/hcps/{hcp}/consents" },
        { "GET", "/api/v1/consents/{any}" },
        { "POST", "/api/v1/consents/{any}/withdrawal" },
        { "GET", "/api/v1/hcps/{hcp}/export" },
        { "POST", "/api/v1/hcps/{hcp}/erasure" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_viewer_is_refused_every_kol_endpoint(string method, string template)
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.AdusumilliNpi);
        var url = template.Replace("{hcp}", hcp.ToString()).Replace("{any}", Guid.NewGuid().ToString());
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT") request.Content = JsonContent.Create(new { });
        request.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        var response = await (await app.ClientFor(Roles.Viewer)).SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_profile_shows_kol_sections_to_medical_roles_only()
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.AdusumilliNpi);
        static async Task<List<string>> Sections(HttpClient c, Guid id) =>
            (await Json.Read(await c.GetAsync($"/api/v1/hcps/{id}")))["sections"]!.AsArray().Select(s => s!["key"]!.GetValue<string>()).ToList();
        var medical = await Sections(await app.ClientFor(Roles.Msl), hcp);
        Assert.Contains("kol-evidence", medical);
        Assert.Contains("consents", medical);
        var viewer = await Sections(await app.ClientFor(Roles.Viewer), hcp);
        Assert.DoesNotContain("kol-evidence", viewer);
        Assert.DoesNotContain("consents", viewer);
        Assert.DoesNotContain("territories", viewer);
        Assert.DoesNotContain("change-requests", viewer);
    }

    [Theory]
    [InlineData("tier=T1,T2,T3,T4")]
    [InlineData("territory=mine")]
    public async Task Search_by_tier_or_territory_finds_nobody_for_a_viewer(string query)
    {
        await (await app.ClientFor(Roles.Admin)).PostAsJsonAsync("/api/v1/territories", new { name = $"All of TX {Guid.NewGuid():N}", rules = new[] { new { kind = "State", value = "TX" } } });
        var medical = await Json.Read(await (await app.ClientFor(Roles.Msl)).GetAsync($"/api/v1/hcps?{query}"));
        var viewer = await Json.Read(await (await app.ClientFor(Roles.Viewer)).GetAsync($"/api/v1/hcps?{query}"));
        Assert.Equal(0, viewer["total"]!.GetValue<int>());
        Assert.NotNull(medical["items"]);
    }

    [Theory]
    [InlineData(Roles.Safety, "/api/v1/kol/evidence-links", HttpStatusCode.Forbidden)]
    [InlineData(Roles.MedicalInformation, "/api/v1/change-requests", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Compliance, "/api/v1/hcps/{hcp}/export", HttpStatusCode.OK)]
    [InlineData(Roles.Safety, "/api/v1/hcps/{hcp}/kol", HttpStatusCode.OK)]
    public async Task Medical_roles_read_but_only_field_medical_roles_review(string role, string template, HttpStatusCode expected)
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.AdusumilliNpi);
        var response = await (await app.ClientFor(role)).GetAsync(template.Replace("{hcp}", hcp.ToString()));
        Assert.Equal(expected, response.StatusCode);
    }
}

public sealed class KolFirewallOnSqlite(KolSqliteApp app) : KolFirewallTests(app), IClassFixture<KolSqliteApp>;

public sealed class KolFirewallOnPostgres(KolPostgresApp app) : KolFirewallTests(app), IClassFixture<KolPostgresApp>;
