using System.Net;
using System.Net.Http.Json;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

public abstract class PrivacyTests(KolApp app)
{
    [Fact]
    public async Task Consent_is_recorded_per_channel_and_purpose_and_withdrawn_with_the_current_etag()
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.WiebeNpi);
        var msl = await app.ClientFor(Roles.Msl);
        var created = await msl.PostAsJsonAsync($"/api/v1/hcps/{hcp}/consents",
            new { channel = "Visit", purpose = "ScientificExchange", source = "signed form", givenOn = "2026-02-01", expiresOn = "2027-02-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var consent = await Json.Read(created);
        Assert.True(consent["inForce"]!.GetValue<bool>());
        var url = $"/api/v1/consents/{consent["id"]}/withdrawal";
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await msl.PostAsJsonAsync(url, new { note = "asked by phone" })).StatusCode);
        var withdrawn = await msl.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post, url, created.Headers.ETag!.Tag, JsonContent.Create(new { note = "asked by phone" })));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.False((await Json.Read(withdrawn))["inForce"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await msl.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post, url, created.Headers.ETag!.Tag,
            JsonContent.Create(new { note = "again" })))).StatusCode);
        var list = (await Json.Read(await msl.GetAsync($"/api/v1/hcps/{hcp}/consents"))).AsArray();
        Assert.Contains(list, c => c!["withdrawnOn"] is not null && c["source"]!.GetValue<string>() == "signed form");
    }

    [Theory]
    [InlineData("{\"channel\":\"Fax\",\"purpose\":\"ScientificExchange\",\"source\":\"form\",\"givenOn\":\"2026-01-01\"}")]
    [InlineData("{\"channel\":\"Email\",\"purpose\":\"ScientificExchange\",\"source\":\"form\",\"givenOn\":\"2027-01-01\"}")]
    [InlineData("{\"channel\":\"Email\",\"purpose\":\"ScientificExchange\",\"source\":\"form\",\"givenOn\":\"2026-01-01\",\"expiresOn\":\"2025-01-01\"}")]
    [InlineData("{\"channel\":\"Email\",\"purpose\":\"ScientificExchange\",\"givenOn\":\"2026-01-01\"}")]
    public async Task Invalid_consents_are_refused(string body)
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.WiebeNpi);
        var msl = await app.ClientFor(Roles.Msl);
        var response = await msl.PostAsync($"/api/v1/hcps/{hcp}/consents", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_export_holds_every_section_about_the_person()
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.AdusumilliNpi);
        var msl = await app.ClientFor(Roles.Msl);
        await msl.PostAsJsonAsync($"/api/v1/hcps/{hcp}/consents", new { channel = "Email", purpose = "EventInvitations", source = "web form", givenOn = "2026-01-05" });
        var response = await (await app.ClientFor(Roles.Compliance)).GetAsync($"/api/v1/hcps/{hcp}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = (await Json.Read(response)).AsObject();
        foreach (var section in new[] { "identity", "addresses", "specialties", "affiliations", "evidence", "prescribing", "influence",
                     "territoryAssignments", "consents", "changeRequests", "auditTrail" })
            Assert.True(export.ContainsKey(section), section);
        Assert.Equal(KolScenario.AdusumilliNpi, export["identity"]!["npi"]!.GetValue<string>());
        Assert.NotEmpty(export["addresses"]!.AsArray());
        Assert.Equal("Cardiovascular Disease Physician", export["specialties"]![0]!["specialty"]!.GetValue<string>());
        Assert.NotEmpty(export["evidence"]!["publications"]!.AsArray());
        Assert.Contains(export["prescribing"]!.AsArray(), p => p!["brandName"]!.GetValue<string>() == "Atorvastatin Calcium");
        Assert.Contains(export["consents"]!.AsArray(), c => c!["source"]!.GetValue<string>() == "web form");
        Assert.Contains(export["auditTrail"]!.AsArray(), e => e!["entity"]!.GetValue<string>() == "Consent");
        Assert.Contains(export["auditTrail"]!.AsArray(), e => e!["entity"]!.GetValue<string>() == "EvidenceLink");
        // Every user's records about the person are in it: not for a field user, who reads their own (nor another MSL's unshared notes).
        foreach (var role in new[] { Roles.Viewer, Roles.Msl, Roles.MslManager, Roles.MedicalInformation, Roles.Safety })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientFor(role)).GetAsync($"/api/v1/hcps/{hcp}/export")).StatusCode);
    }

    [Fact]
    public async Task Erasure_pseudonymises_keeps_the_record_id_and_a_registry_reimport_does_not_bring_the_person_back()
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.PilcherNpi);
        var msl = await app.ClientFor(Roles.Msl);
        await msl.PostAsJsonAsync($"/api/v1/hcps/{hcp}/consents", new { channel = "Phone", purpose = "Surveys", source = "verbal", givenOn = "2026-01-05" });
        Assert.Equal(HttpStatusCode.Forbidden, (await msl.PostAsJsonAsync($"/api/v1/hcps/{hcp}/erasure", new { reason = "Data subject request #77" })).StatusCode);
        var admin = await app.ClientFor(Roles.Admin);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/hcps/{hcp}/erasure", new { reason = "" })).StatusCode);
        var erased = await admin.PostAsJsonAsync($"/api/v1/hcps/{hcp}/erasure", new { reason = "Data subject request #77" });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var pseudonym = (await Json.Read(erased))["pseudonym"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/hcps/{hcp}/erasure", new { reason = "again, please" })).StatusCode);

        var profile = await Json.Read(await msl.GetAsync($"/api/v1/hcps/{hcp}"));
        Assert.Equal(pseudonym, profile["name"]!.GetValue<string>());
        Assert.True(profile["erased"]!.GetValue<bool>());
        Assert.Null(profile["npi"]);
        Assert.Empty(profile["addresses"]!.AsArray());
        Assert.DoesNotContain(KolScenario.PilcherNpi, (await Json.Read(await msl.GetAsync("/api/v1/hcps?q=pilcher")))["items"]!.ToJsonString());

        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            Assert.Equal(1, await db.ErasedNpis.CountAsync());
            Assert.False(await db.Consents.AnyAsync(c => c.HcpId == hcp));
            Assert.False(await db.EvidenceLinks.AnyAsync(l => l.HcpId == hcp));
            Assert.False(await db.PrescribingRecords.AnyAsync(r => r.Npi == KolScenario.PilcherNpi));
            var entry = await db.AuditEntries.SingleAsync(e => e.Entity == "Hcp" && e.EntityKey == hcp.ToString() && e.Action == "Erase");
            Assert.Equal("Data subject request #77", entry.Reason);
            Assert.DoesNotContain("PILCHER", entry.NewValues!, StringComparison.OrdinalIgnoreCase);
            Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityKey == "directory.erasure-key" && e.NewValues!.Contains("[redacted]") == false));
            return 0;
        });

        var nppes = Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");
        await app.InScope(sp => sp.GetRequiredService<DirectoryImportRunner>().RunAsync(new NppesFileSource(nppes), null, default));
        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            Assert.False(await db.Hcps.AnyAsync(h => h.Npi == KolScenario.PilcherNpi));
            Assert.True(await db.Hcps.AnyAsync(h => h.Id == hcp && h.Pseudonym == pseudonym)); // the record regulatory data point at
            return 0;
        });
        var partd = await app.InScope(sp => sp.GetRequiredService<Core.Directory.Prescribing.ImportPartD.Handler>()
            .Handle(KolScenario.File("MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv"), null, null, default));
        Assert.Equal(0, partd.Imported); // the erased NPI's rows are skipped, the others unchanged
        Assert.False(await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().PrescribingRecords
            .AnyAsync(r => r.HcpId == hcp || r.Npi == KolScenario.PilcherNpi)));
    }
}

public sealed class PrivacyOnSqlite(KolSqliteApp app) : PrivacyTests(app), IClassFixture<KolSqliteApp>;

public sealed class PrivacyOnPostgres(KolPostgresApp app) : PrivacyTests(app), IClassFixture<KolPostgresApp>;
