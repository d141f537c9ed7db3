using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

public abstract class KolEvidenceTests(KolApp app)
{
    private Dictionary<string, EvidenceImportReport> Reports => app.Reports;

    [Fact]
    public void Pubmed_import_keeps_good_articles_and_reports_bad_ones_by_line()
    {
        var r = Reports["pubmed"];
        Assert.Equal((2L, 3L), (r.Imported, r.Rejected));
        Assert.Equal([78L, 81, 92], r.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task Reimporting_the_same_files_changes_nothing()
    {
        var again = await app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(KolScenario.File("pubmed_linked.xml"), null, default));
        Assert.Equal((0L, 0L, 2L), (again.Imported, again.Updated, again.Unchanged));
        var partd = await app.InScope(sp => sp.GetRequiredService<ImportPartD.Handler>().Handle(KolScenario.File("MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv"), null, null, default));
        Assert.Equal((0L, 0L, 4L), (partd.Imported, partd.Updated, partd.Unchanged));
        var ctgov = await app.InScope(sp => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(KolScenario.File("ctgov_study_pilcher.json"), default));
        Assert.Equal((0L, 1L), (ctgov.Imported, ctgov.Unchanged));
        Assert.Equal(0, (again.Links + ctgov.Links).HighConfidence + (again.Links + ctgov.Links).ForReview);
    }

    [Fact]
    public void Part_D_keeps_valid_rows_per_prescriber_drug_and_year_and_rejects_each_bad_row()
    {
        var r = Reports["partd"];
        Assert.Equal(4, r.Imported);
        Assert.Equal([6L, 7, 8, 9, 10, 11, 12, 13], r.Errors.Select(e => e.Line).Order());
    }

    [Fact]
    public async Task Prescribing_is_readable_by_NPI_and_drug_with_suppression_kept()
    {
        var rows = await app.InScope(sp => PrescribingQueries.ByNpiAsync(sp.GetRequiredService<LiaisonDbContext>(), KolScenario.PilcherNpi, null, default));
        Assert.Equal(["Eliquis", "Entresto"], rows.Select(r => r.BrandName));
        var entresto = Assert.Single(await app.InScope(sp => PrescribingQueries.ByNpiAsync(sp.GetRequiredService<LiaisonDbContext>(),
            KolScenario.PilcherNpi, "sacubitril/valsartan", default)));
        Assert.True(entresto.BeneficiariesSuppressed);
        Assert.Equal("*", entresto.Ge65SuppressionFlag);
        var hcp = await KolScenario.HcpId(app, KolScenario.PilcherNpi);
        Assert.Equal(2, (await app.InScope(sp => PrescribingQueries.ByHcpAsync(sp.GetRequiredService<LiaisonDbContext>(), hcp, null, default))).Count);
    }

    [Fact]
    public async Task Authors_and_investigators_are_linked_with_confidence_and_only_counting_links_feed_the_score()
    {
        var pilcher = await KolScenario.HcpId(app, KolScenario.PilcherNpi);
        var client = await app.ClientFor(Roles.Msl);
        var profile = await Json.Read(await client.GetAsync($"/api/v1/hcps/{pilcher}/kol"));
        var pubs = profile["publications"]!.AsArray();
        var first = pubs.Single(p => p!["pmid"]!.GetValue<string>() == "90000001")!;
        Assert.True(first["counts"]!.GetValue<bool>());
        Assert.True(first["leadAuthor"]!.GetValue<bool>());
        var second = pubs.Single(p => p!["pmid"]!.GetValue<string>() == "90000002")!;
        // "W Pilcher" without an affiliation: below high confidence, so it counts only once a person confirms it.
        Assert.True(second["confidence"]!.GetValue<double>() < EvidenceLink.HighConfidence);
        Assert.All(pubs, p => Assert.Equal(p!["status"]!.GetValue<string>() == "Confirmed" || p["confidence"]!.GetValue<double>() >= EvidenceLink.HighConfidence,
            p["counts"]!.GetValue<bool>()));
        var trial = Assert.Single(profile["trials"]!.AsArray(), t => t!["overallOfficial"]!.GetValue<bool>())!;
        Assert.Equal("NCT04000001", trial["nctId"]!.GetValue<string>());

        var influence = profile["influence"]!;
        var components = influence["components"]!.AsArray();
        Assert.Equal(["Publications", "Co-author network", "Trial roles", "Congress presentations", "Prescribing volume"],
            components.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(100, components[1]!["value"]!.GetValue<double>(), 1); // two linked co-authors: equal PageRank
        Assert.Equal(100 * Math.Log10(1 + 412 + 156) / 4, components[4]!["value"]!.GetValue<double>(), 1);
        Assert.Contains("counted publications", components[0]!["explanation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Confirming_a_link_makes_it_count_and_needs_the_current_etag()
    {
        var pilcher = await KolScenario.HcpId(app, KolScenario.PilcherNpi);
        var client = await app.ClientFor(Roles.Msl);
        var queue = await Json.Read(await client.GetAsync($"/api/v1/kol/evidence-links?hcpId={pilcher}&counting=false"));
        var link = queue["items"]!.AsArray().First(i => i!["evidence"]!.GetValue<string>().Contains("90000002"))!;
        var id = link["id"]!.GetValue<string>();
        var version = link["version"]!.GetValue<long>();
        Assert.Equal($"\"{version}\"", (await client.GetAsync($"/api/v1/kol/evidence-links/{id}")).Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await client.PostAsync($"/api/v1/kol/evidence-links/{id}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post,
            $"/api/v1/kol/evidence-links/{id}/confirm", $"\"{version + 5}\""))).StatusCode);
        var confirmed = await client.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post, $"/api/v1/kol/evidence-links/{id}/confirm", $"\"{version}\""));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.True((await Json.Read(confirmed))["counts"]!.GetValue<bool>());
        var profile = await Json.Read(await client.GetAsync($"/api/v1/hcps/{pilcher}/kol"));
        Assert.Contains("2 counted publications", profile["influence"]!["components"]![0]!["explanation"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rejected_link_never_counts_and_a_reimport_does_not_propose_it_again()
    {
        var linksBefore = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().EvidenceLinks.CountAsync());
        var adusumilli = await KolScenario.HcpId(app, KolScenario.AdusumilliNpi);
        var admin = await app.ClientFor(Roles.Admin);
        var items = (await Json.Read(await admin.GetAsync($"/api/v1/kol/evidence-links?hcpId={adusumilli}&status=Suggested")))["items"]!.AsArray();
        var link = items.First(i => i!["kind"]!.GetValue<string>() == "Investigator")!;
        var rejected = await admin.SendAsync(KolScenario.WithIfMatch(HttpMethod.Post,
            $"/api/v1/kol/evidence-links/{link["id"]}/reject", $"\"{link["version"]}\""));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.False((await Json.Read(rejected))["counts"]!.GetValue<bool>());
        await app.InScope(sp => sp.GetRequiredService<LinkEvidence.Handler>().UnlinkedAsync(default));
        Assert.Equal(linksBefore, await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().EvidenceLinks.CountAsync()));
        var trials = (await Json.Read(await admin.GetAsync($"/api/v1/hcps/{adusumilli}/kol")))["trials"]!.AsArray();
        Assert.Empty(trials);
    }

    [Fact]
    public async Task Tier_thresholds_are_admin_settings_with_an_etag_and_search_filters_by_tier()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var current = await admin.GetAsync("/api/v1/kol/tier-thresholds");
        var etag = current.Headers.ETag!.Tag;
        var pilcher = await KolScenario.HcpId(app, KolScenario.PilcherNpi);
        var score = (await Json.Read(await admin.GetAsync($"/api/v1/hcps/{pilcher}/kol")))["influence"]!["score"]!.GetValue<double>();
        var body = JsonContent.Create(new { t1 = Math.Floor(score), t2 = Math.Floor(score) - 1, t3 = 1 });
        var msl = await app.ClientFor(Roles.Msl);
        Assert.Equal(HttpStatusCode.Forbidden, (await msl.SendAsync(KolScenario.WithIfMatch(HttpMethod.Put, "/api/v1/kol/tier-thresholds", etag, body))).StatusCode);
        var changed = await admin.SendAsync(KolScenario.WithIfMatch(HttpMethod.Put, "/api/v1/kol/tier-thresholds", etag, body));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await admin.SendAsync(KolScenario.WithIfMatch(HttpMethod.Put, "/api/v1/kol/tier-thresholds", etag,
            JsonContent.Create(new { t1 = 90, t2 = 50, t3 = 10 })))).StatusCode);
        // If-Match: * changes whichever version is current (RFC 9110), here to the same thresholds.
        var anyVersion = KolScenario.WithIfMatch(HttpMethod.Put, "/api/v1/kol/tier-thresholds", null, body);
        anyVersion.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(anyVersion)).StatusCode);
        var t1 = (await Json.Read(await msl.GetAsync("/api/v1/hcps?tier=T1")))["items"]!.AsArray().Select(i => i!["npi"]!.GetValue<string>()).ToList();
        Assert.Contains(KolScenario.PilcherNpi, t1);
        Assert.DoesNotContain(KolScenario.WiebeNpi, t1);
        var audit = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().AuditEntries
            .AnyAsync(e => e.Entity == "WorkspaceSetting" && e.EntityKey == "kol.tier-thresholds"));
        Assert.True(audit);
    }

    [Fact]
    public async Task Invalid_thresholds_are_refused()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var etag = (await admin.GetAsync("/api/v1/kol/tier-thresholds")).Headers.ETag!.Tag;
        var response = await admin.SendAsync(KolScenario.WithIfMatch(HttpMethod.Put, "/api/v1/kol/tier-thresholds", etag,
            JsonContent.Create(new { t1 = 10, t2 = 20, t3 = 5 })));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class KolEvidenceOnSqlite(KolSqliteApp app) : KolEvidenceTests(app), IClassFixture<KolSqliteApp>;

public sealed class KolEvidenceOnPostgres(KolPostgresApp app) : KolEvidenceTests(app), IClassFixture<KolPostgresApp>;
