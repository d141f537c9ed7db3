using System.Net;
using System.Net.Http.Json;
using Liaison.Core.Data;
using Liaison.Core.Directory;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

public abstract class ChangeRequestTests(KolApp app)
{
    private async Task<(string Id, string ETag)> Propose(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/change-requests", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await Json.Read(response))["id"]!.GetValue<string>(), response.Headers.ETag!.Tag);
    }

    /// <summary>A duplicate of an HCP as a CRM import would create it: no NPI, same person.</summary>
    private Task<Guid> Duplicate(string last, string first) => app.InScope(async sp =>
    {
        var db = sp.GetRequiredService<LiaisonDbContext>();
        var hcp = new Hcp
        {
            Id = Guid.CreateVersion7(), LastName = last, FirstName = first, Source = DirectorySource.Manual, ExternalSystem = "urn:test:crm",
            ExternalId = Guid.NewGuid().ToString(), CreatedAt = db.UtcNow, UpdatedAt = db.UtcNow,
        };
        db.Hcps.Add(hcp);
        await db.SaveChangesAsync();
        return hcp.Id;
    });

    [Fact]
    public async Task An_approved_correction_changes_the_hcp_and_search_finds_the_new_name()
    {
        var wiebe = await KolScenario.HcpId(app, KolScenario.WiebeNpi);
        var msl = await app.ClientFor(Roles.Msl);
        var (id, etag) = await Propose(msl, new { kind = "Correction", hcpId = wiebe, proposedValues = new Dictionary<string, string?> { ["LastName"] = "Wiebe-Kessler", ["Credentials"] = "MD, FACP" }, reason = "Name changed after marriage (confirmed at visit)." });
        var refused = await msl.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post, $"/api/v1/change-requests/{id}/approve", etag));
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, await refused.Content.ReadAsStringAsync());
        var admin = await app.ClientFor(Roles.Admin);
        var approved = await admin.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post, $"/api/v1/change-requests/{id}/approve?note=Checked%20against%20the%20state%20licence", etag));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var decided = await Json.Read(approved);
        Assert.Equal("Approved", decided["status"]!.GetValue<string>());
        var decider = decided["decidedBy"]!.GetValue<string>();
        var deciderName = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().Users.Where(u => u.UserName == decider)
            .Select(u => u.DisplayName).SingleAsync());
        Assert.Equal(deciderName, decided["decidedByName"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(decided["proposedByName"]!.GetValue<string>()));
        var profile = await Json.Read(await msl.GetAsync($"/api/v1/hcps/{wiebe}"));
        Assert.Equal(("Wiebe-Kessler", "MD, FACP"), (profile["lastName"]!.GetValue<string>(), profile["credentials"]!.GetValue<string>()));
        var found = await Json.Read(await msl.GetAsync("/api/v1/hcps?q=kessler"));
        Assert.Contains(found["items"]!.AsArray(), i => i!["npi"]!.GetValue<string>() == KolScenario.WiebeNpi);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post, $"/api/v1/change-requests/{id}/reject",
            approved.Headers.ETag!.Tag))).StatusCode);
        var audit = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().AuditEntries
            .Where(e => e.Entity == "Hcp" && e.EntityKey == wiebe.ToString() && e.Action == "Update").Select(e => e.Reason).ToListAsync());
        Assert.Contains(audit, r => r!.Contains("Name changed after marriage"));
    }

    [Fact]
    public async Task A_correction_of_an_unknown_field_is_refused()
    {
        var wiebe = await KolScenario.HcpId(app, KolScenario.WiebeNpi);
        var msl = await app.ClientFor(Roles.Msl);
        var response = await msl.PostAsJsonAsync("/api/v1/change-requests", new { kind = "Correction", hcpId = wiebe, proposedValues = new Dictionary<string, string?> { ["Npi"] = "1234567893" }, reason = "wrong NPI" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_approved_merge_moves_every_reference_to_the_surviving_record()
    {
        var survivor = await KolScenario.HcpId(app, KolScenario.PilcherNpi);
        var duplicate = await Duplicate("PILCHER", "BILL");
        var manager = await app.ClientFor(Roles.MslManager);
        var territory = (await Json.Read(await manager.PostAsJsonAsync("/api/v1/territories", new { name = $"Merge {Guid.NewGuid():N}" })))["id"]!.GetValue<string>();
        await manager.PutAsync($"/api/v1/territories/{territory}/hcps/{duplicate}", null);
        var msl = await app.ClientFor(Roles.Msl);
        Assert.Equal(HttpStatusCode.Created, (await msl.PostAsJsonAsync($"/api/v1/hcps/{duplicate}/consents",
            new { channel = "Email", purpose = "EventInvitations", source = "signed form", givenOn = "2026-01-10" })).StatusCode);
        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            var org = await db.Organisations.FirstAsync();
            db.Affiliations.Add(new Affiliation { Id = Guid.CreateVersion7(), HcpId = duplicate, OrganisationId = org.Id, Basis = AffiliationBasis.Manual, Source = DirectorySource.Manual, CreatedAt = db.UtcNow });
            var author = await db.PublicationAuthors.FirstAsync(a => a.LastName == "Okonkwo");
            db.EvidenceLinks.Add(new EvidenceLink { Id = Guid.CreateVersion7(), HcpId = duplicate, Kind = EvidenceKind.Authorship, SourceId = author.Id, Confidence = 0.6, Basis = "test", CreatedAt = db.UtcNow });
            return await db.SaveChangesAsync();
        });

        var (id, etag) = await Propose(msl, new { kind = "Merge", hcpId = survivor, duplicateHcpId = duplicate, reason = "Same person: CRM record of Dr Pilcher." });
        var admin = await app.ClientFor(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post, $"/api/v1/change-requests/{id}/approve", etag))).StatusCode);

        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            Assert.False(await db.Hcps.AnyAsync(h => h.Id == duplicate));
            Assert.True(await db.Consents.AnyAsync(c => c.HcpId == survivor && c.Purpose == Core.Directory.Privacy.ConsentPurpose.EventInvitations));
            Assert.True(await db.TerritoryAssignments.AnyAsync(a => a.HcpId == survivor && a.TerritoryId == Guid.Parse(territory)));
            Assert.True(await db.Affiliations.AnyAsync(a => a.HcpId == survivor && a.Basis == AffiliationBasis.Manual));
            Assert.True(await db.EvidenceLinks.AnyAsync(l => l.HcpId == survivor && l.Basis == "test"));
            Assert.False(await db.EvidenceLinks.AnyAsync(l => l.HcpId == duplicate));
            var merge = await db.HcpMerges.SingleAsync(m => m.DuplicateHcpId == duplicate);
            Assert.Equal(survivor, merge.SurvivorHcpId);
            var entry = await db.AuditEntries.SingleAsync(e => e.Entity == "Hcp" && e.EntityKey == survivor.ToString() && e.Action == "Merge");
            Assert.Contains("\"consents\":1", entry.NewValues);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Entity == "Hcp" && e.EntityKey == duplicate.ToString() && e.Action == "Delete"));
            return 0;
        });
    }

    [Fact]
    public async Task A_merge_of_a_record_into_itself_is_refused()
    {
        var pilcher = await KolScenario.HcpId(app, KolScenario.PilcherNpi);
        var msl = await app.ClientFor(Roles.Msl);
        Assert.Equal(HttpStatusCode.BadRequest, (await msl.PostAsJsonAsync("/api/v1/change-requests",
            new { kind = "Merge", hcpId = pilcher, duplicateHcpId = pilcher, reason = "same" })).StatusCode);
    }

    [Fact]
    public async Task A_rejected_request_changes_nothing_and_lists_as_rejected()
    {
        var wiebe = await KolScenario.HcpId(app, KolScenario.WiebeNpi);
        var msl = await app.ClientFor(Roles.Msl);
        var (id, etag) = await Propose(msl, new { kind = "Correction", hcpId = wiebe, proposedValues = new Dictionary<string, string?> { ["FirstName"] = "Dave" }, reason = "Goes by Dave." });
        var admin = await app.ClientFor(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post, $"/api/v1/change-requests/{id}/reject", etag))).StatusCode);
        Assert.NotEqual("Dave", (await Json.Read(await msl.GetAsync($"/api/v1/hcps/{wiebe}")))["firstName"]!.GetValue<string>());
        var rejected = await Json.Read(await admin.GetAsync("/api/v1/change-requests?status=Rejected"));
        Assert.Contains(rejected["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == id);
    }
}

public sealed class ChangeRequestsOnSqlite(KolSqliteApp app) : ChangeRequestTests(app), IClassFixture<KolSqliteApp>;

public sealed class ChangeRequestsOnPostgres(KolPostgresApp app) : ChangeRequestTests(app), IClassFixture<KolPostgresApp>;
