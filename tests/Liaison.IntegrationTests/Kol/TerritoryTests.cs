using System.Net;
using System.Net.Http.Json;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Kol;

public abstract class TerritoryTests(KolApp app)
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<(string Id, string ETag)> Create(HttpClient manager, object body)
    {
        var response = await manager.PostAsJsonAsync("/api/v1/territories", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await Json.Read(response))["id"]!.GetValue<string>(), response.Headers.ETag!.Tag);
    }

    private static async Task<List<string>> Npis(HttpClient client, string query) =>
        (await Json.Read(await client.GetAsync($"/api/v1/hcps?{query}&pageSize=200")))["items"]!.AsArray()
            .Select(i => i!["npi"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task A_territory_holds_its_state_and_zip_rules_plus_explicit_assignments()
    {
        var manager = await app.ClientFor(Roles.MslManager);
        var (id, _) = await Create(manager, new { name = Unique("Florida"), rules = new[] { new { kind = "State", value = "fl" } } });
        var adusumilli = await KolScenario.HcpId(app, KolScenario.AdusumilliNpi);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PutAsync($"/api/v1/territories/{id}/hcps/{adusumilli}", null)).StatusCode);
        var msl = await app.ClientFor(Roles.Msl);
        var listed = await Json.Read(await msl.GetAsync("/api/v1/territories"));
        Assert.Contains(listed["items"]!.AsArray(), t => t!["id"]!.GetValue<string>() == id && t["assignedHcps"]!.GetValue<int>() == 1);
        var members = await Npis(msl, $"territory={id}");
        Assert.Equal(new[] { KolScenario.AdusumilliNpi, KolScenario.PilcherNpi }.Order(), members.Order());
        var zip = (await Create(manager, new { name = Unique("Toledo"), rules = new[] { new { kind = "ZipPrefix", value = "436" } } })).Id;
        Assert.Equal([KolScenario.AdusumilliNpi], await Npis(msl, $"territory={zip}"));
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/territories/{id}/hcps/{adusumilli}")).StatusCode);
        Assert.Equal([KolScenario.PilcherNpi], await Npis(msl, $"territory={id}"));
    }

    [Fact]
    public async Task A_territory_name_is_one_whatever_its_case_and_found_by_it_in_any_case()
    {
        var manager = await app.ClientFor(Roles.MslManager);
        var name = Unique("Toledo");
        await Create(manager, new { name, rules = new[] { new { kind = "ZipPrefix", value = "436" } } });
        var twin = await manager.PostAsJsonAsync("/api/v1/territories", new { name = name.ToLowerInvariant(), rules = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, twin.StatusCode);
        Assert.Contains("already named", (await Json.Read(twin))["errors"]!["name"]![0]!.GetValue<string>());
        var msl = await app.ClientFor(Roles.Msl);
        Assert.Equal([KolScenario.AdusumilliNpi], await Npis(msl, $"territory={Uri.EscapeDataString(name.ToUpperInvariant())}"));
    }

    [Fact]
    public async Task An_msl_sees_their_own_territory_first_and_can_filter_on_it()
    {
        var (mslClient, mslId, _) = await app.UserClient(Roles.Msl);
        var manager = await app.ClientFor(Roles.MslManager);
        await Create(manager, new { name = Unique("Jacksonville"), ownerUserId = mslId, rules = new[] { new { kind = "Zip", value = "32204" } } });
        var all = await Npis(mslClient, "state=");
        Assert.Equal(KolScenario.PilcherNpi, all[0]); // PILCHER sorts after ADUSUMILLI, but is in the MSL's territory
        Assert.Equal([KolScenario.PilcherNpi], await Npis(mslClient, "territory=mine"));
        var other = await app.ClientFor(Roles.Msl);
        Assert.NotEqual(KolScenario.PilcherNpi, (await Npis(other, "state="))[0]);
    }

    [Fact]
    public async Task Reassigning_needs_the_current_etag_and_an_msl_owner()
    {
        var manager = await app.ClientFor(Roles.MslManager);
        var (_, mslId, _) = await app.UserClient(Roles.Msl);
        var (_, viewerId, _) = await app.UserClient(Roles.Viewer);
        var name = Unique("Texas");
        var (id, etag) = await Create(manager, new { name, rules = new[] { new { kind = "State", value = "TX" } } });
        var toViewer = JsonContent.Create(new { name, ownerUserId = viewerId, rules = new[] { new { kind = "State", value = "TX" } } });
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.SendAsync(KolScenario.WithIfMatch(HttpMethod.Put, $"/api/v1/territories/{id}", etag, toViewer))).StatusCode);
        var toMsl = new { name, ownerUserId = mslId, rules = new[] { new { kind = "State", value = "TX" }, new { kind = "Zip", value = "32204" } } };
        var ok = await manager.SendAsync(KolScenario.WithIfMatch(HttpMethod.Put, $"/api/v1/territories/{id}", etag, JsonContent.Create(toMsl)));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, (await Json.Read(ok))["rules"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.PreconditionFailed,
            (await manager.SendAsync(KolScenario.WithIfMatch(HttpMethod.Put, $"/api/v1/territories/{id}", etag, JsonContent.Create(toMsl)))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await manager.PutAsJsonAsync($"/api/v1/territories/{id}", toMsl)).StatusCode);
    }

    [Theory]
    [InlineData("State", "ZZ")]
    [InlineData("Zip", "3220")]
    [InlineData("ZipPrefix", "32204")]
    public async Task Invalid_rules_are_refused(string kind, string value)
    {
        var manager = await app.ClientFor(Roles.MslManager);
        var response = await manager.PostAsJsonAsync("/api/v1/territories", new { name = Unique("Bad"), rules = new[] { new { kind, value } } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Msl)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Compliance)]
    public async Task Only_managers_and_admins_create_territories(string role)
    {
        var client = await app.ClientFor(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/territories", new { name = Unique("X") })).StatusCode);
    }

    [Fact]
    public async Task Territory_changes_are_audited()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var (id, _) = await Create(admin, new { name = Unique("Audited"), rules = new[] { new { kind = "State", value = "NE" } } });
        var audit = await Json.Read(await admin.GetAsync($"/api/v1/audit?entity=Territory&entityKey={id}"));
        Assert.Single(audit["items"]!.AsArray());
    }
}

public sealed class TerritoriesOnSqlite(KolSqliteApp app) : TerritoryTests(app), IClassFixture<KolSqliteApp>;

public sealed class TerritoriesOnPostgres(KolPostgresApp app) : TerritoryTests(app), IClassFixture<KolPostgresApp>;
