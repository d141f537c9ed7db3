using System.Net;
using System.Net.Http.Json;
using System.Text;
using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>Congress presentations from congress programmes: recorded, shown, scored, removed, exported, erased.</summary>
public abstract class CongressPresentationTests(KolApp app)
{
    private string Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_recorded_keynote_feeds_the_congress_component_and_removing_it_takes_it_back()
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.PilcherNpi);
        var msl = await app.ClientFor(Roles.Msl);
        var created = await msl.PostAsJsonAsync($"/api/v1/hcps/{hcp}/congress-presentations", new
        {
            congress = "  ACC Scientific Session 2026 ", presentedOn = Today, role = "Keynote",
            title = "Neurosurgical outcomes after a decade", sourceUrl = "https://accscientificsession.acc.org/programme",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var presentation = await Json.Read(created);
        Assert.Equal("ACC Scientific Session 2026", presentation["congress"]!.GetValue<string>());
        Assert.Equal($"/api/v1/congress-presentations/{presentation["id"]}", created.Headers.Location!.OriginalString);

        var congress = await CongressComponent(msl, hcp);
        Assert.Equal(Math.Round(100 * (1 - Math.Exp(-2.0 / 4)), 2), congress["value"]!.GetValue<double>(), 6);
        Assert.Contains("1 recorded presentations, 1 as keynote, oral or chair, and 0 counted congress papers", congress["explanation"]!.GetValue<string>());
        var listed = (await Json.Read(await msl.GetAsync($"/api/v1/hcps/{hcp}/congress-presentations"))).AsArray();
        Assert.Equal("Keynote", Assert.Single(listed)!["role"]!.GetValue<string>());

        var url = $"/api/v1/congress-presentations/{presentation["id"]}";
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await msl.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await msl.SendAsync(KolScenario.WithIfMatch(HttpMethod.Delete, url, "\"7\""))).StatusCode);
        var removed = await msl.SendAsync(KolScenario.WithIfMatch(HttpMethod.Delete, url, created.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty(await removed.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await msl.GetAsync(url)).StatusCode);
        Assert.Equal(0, (await CongressComponent(msl, hcp))["value"]!.GetValue<double>(), 6);

        var audited = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().AuditEntries
            .Where(e => e.Entity == "CongressPresentation" && e.EntityKey == presentation["id"]!.GetValue<string>()).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Delete", "Insert"], audited.Order());
    }

    [Theory]
    [InlineData("""{"congress":"ESMO 2026","presentedOn":"2099-01-01","role":"Poster","title":"A poster"}""", "presentedOn")]
    [InlineData("""{"congress":"ESMO 2026","presentedOn":"2026-01-01","role":"Poster","title":"A poster","sourceUrl":"javascript:alert(1)"}""", "sourceUrl")]
    [InlineData("""{"congress":"ESMO 2026","presentedOn":"2026-01-01","title":"A poster"}""", "role")]
    [InlineData("""{"congress":"","presentedOn":"2026-01-01","role":"Poster","title":"A poster"}""", "congress")]
    [InlineData("""{"congress":"ESMO 2026","presentedOn":"2026-01-01","role":"Poster","title":"   "}""", "title")]
    public async Task Invalid_presentations_are_refused_naming_the_field(string body, string field)
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.WiebeNpi);
        var msl = await app.ClientFor(Roles.Msl);
        var response = await msl.PostAsync($"/api/v1/hcps/{hcp}/congress-presentations", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await Json.Read(response))["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase));
        Assert.Empty((await Json.Read(await msl.GetAsync($"/api/v1/hcps/{hcp}/congress-presentations"))).AsArray());
    }

    [Fact]
    public async Task An_unknown_HCP_is_404()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var response = await msl.PostAsJsonAsync($"/api/v1/hcps/{Guid.NewGuid()}/congress-presentations",
            new { congress = "ESMO 2026", presentedOn = "2026-01-01", role = "Poster", title = "A poster" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await msl.GetAsync($"/api/v1/hcps/{Guid.NewGuid()}/congress-presentations")).StatusCode);
    }

    [Fact]
    public async Task Presentations_are_in_the_data_export_and_go_with_an_erasure()
    {
        var hcp = await KolScenario.HcpId(app, KolScenario.AdusumilliNpi);
        var msl = await app.ClientFor(Roles.Msl);
        Assert.Equal(HttpStatusCode.Created, (await msl.PostAsJsonAsync($"/api/v1/hcps/{hcp}/congress-presentations",
            new { congress = "ASCO Annual Meeting 2025", presentedOn = "2025-06-01", role = "Poster", title = "Thoracic outcomes" })).StatusCode);
        var export = await Json.Read(await (await app.ClientFor(Roles.Compliance)).GetAsync($"/api/v1/hcps/{hcp}/export"));
        Assert.Equal("ASCO Annual Meeting 2025", export["evidence"]!["congressPresentations"]![0]!["congress"]!.GetValue<string>());

        var admin = await app.ClientFor(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/hcps/{hcp}/erasure", new { reason = "Data subject request" })).StatusCode);
        Assert.Equal(0, await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().CongressPresentations.CountAsync(p => p.HcpId == hcp)));
    }

    [Fact]
    public async Task A_presentation_is_recorded_once_and_removed_only_by_who_recorded_it_or_a_manager()
    {
        var hcp = await KolScenario.HcpId(app, "1306849450"); // not the HCP another test of this class erases
        var msl = await app.ClientFor(Roles.Msl);
        var talk = new { congress = "ESMO Congress 2025", presentedOn = "2025-10-18", role = "OralPresentation", title = $"Talk {Guid.NewGuid():N}" };
        var created = await msl.PostAsJsonAsync($"/api/v1/hcps/{hcp}/congress-presentations", talk);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await msl.PostAsJsonAsync($"/api/v1/hcps/{hcp}/congress-presentations", talk with { congress = "esmo congress 2025" })).StatusCode);

        var id = (await Json.Read(created))["id"]!.GetValue<string>();
        HttpRequestMessage Delete() => new(HttpMethod.Delete, $"/api/v1/congress-presentations/{id}") { Headers = { { "If-Match", created.Headers.ETag!.Tag } } };
        var (otherMsl, _, _) = await app.UserClient(Roles.Msl);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherMsl.SendAsync(Delete())).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await (await app.ClientFor(Roles.MslManager)).SendAsync(Delete())).StatusCode);
    }

    [Fact]
    public async Task The_pages_show_what_is_missing_and_record_what_is_complete()
    {
        var hcp = await KolScenario.HcpId(app, "1306849450");
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var empty = await PostForm(msl.Pages, $"/Directory/Kol/Congresses/{hcp}", []);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("The Congress field is required.", page);
        Assert.Contains("The Role field is required.", page);
        var recorded = await PostForm(msl.Pages, $"/Directory/Kol/Congresses/{hcp}", new()
        {
            ["Input.Congress"] = "ESC Congress 2025", ["Input.PresentedOn"] = "2025-08-30", ["Input.Role"] = "SessionChair",
            ["Input.Title"] = "Heart failure: the year in review", ["Input.SourceUrl"] = "https://www.escardio.org/Congresses-Events",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("ESC Congress 2025", WebUtility.HtmlDecode(await msl.Pages.GetStringAsync($"/Directory/Kol/Congresses/{hcp}")));

        var noConsent = await PostForm(msl.Pages, $"/Directory/Consents/{hcp}", []);
        Assert.Equal(HttpStatusCode.OK, noConsent.StatusCode);
        Assert.Contains("The Channel field is required.", WebUtility.HtmlDecode(await noConsent.Content.ReadAsStringAsync()));
        var consent = await PostForm(msl.Pages, $"/Directory/Consents/{hcp}", new()
        {
            ["Input.Channel"] = "Email", ["Input.Purpose"] = "ScientificExchange", ["Input.Source"] = "web form", ["Input.GivenOn"] = "2026-01-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
    }

    [Fact]
    public async Task A_PubMed_congress_paper_counts_as_congress_work_not_as_a_journal_publication()
    {
        var path = Path.Combine(TestTemp.Folder("pubmed-"), $"congress-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, """
            <?xml version="1.0" ?>
            <PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">
                <PMID Version="1">93400001</PMID>
                <Article>
                    <Journal><JournalIssue><PubDate><Year>2025</Year><Month>Jun</Month></PubDate></JournalIssue><Title>Nebraska Medicine Proceedings</Title></Journal>
                    <ArticleTitle>Proceedings of the Great Plains Rural Health Congress.</ArticleTitle>
                    <AuthorList><Author><LastName>Wiebe</LastName><ForeName>David</ForeName><Initials>D</Initials>
                        <AffiliationInfo><Affiliation>Kearney Clinic, Kearney, NE 68847, USA.</Affiliation></AffiliationInfo></Author></AuthorList>
                    <PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType><PublicationType UI="D016423">Congress</PublicationType></PublicationTypeList>
                </Article>
            </MedlineCitation></PubmedArticle></PubmedArticleSet>
            """, Encoding.UTF8);
        await app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(path, null, default));
        var hcp = await KolScenario.HcpId(app, KolScenario.WiebeNpi);
        var msl = await app.ClientFor(Roles.Msl);
        var profile = await Json.Read(await msl.GetAsync($"/api/v1/hcps/{hcp}/kol"));
        var paper = profile["publications"]!.AsArray().Single(p => p!["pmid"]!.GetValue<string>() == "93400001")!;
        Assert.True(paper["isCongress"]!.GetValue<bool>());
        Assert.True(paper["counts"]!.GetValue<bool>(), "linked with high confidence: surname, forename and place");
        var components = profile["influence"]!["components"]!.AsArray();
        var congress = components.Single(c => c!["name"]!.GetValue<string>() == "Congress presentations")!;
        Assert.Contains("1 counted congress papers", congress["explanation"]!.GetValue<string>());
        Assert.StartsWith("0 counted publications", components.Single(c => c!["name"]!.GetValue<string>() == "Publications")!["explanation"]!.GetValue<string>());
        // Lead (only) author of a congress paper: weight 1.5, aged from 2025-06-01 to the test clock's 2026-03-02.
        var years = (new DateOnly(2026, 3, 2).DayNumber - new DateOnly(2025, 6, 1).DayNumber) / 365.25;
        var expected = 100 * (1 - Math.Exp(-1.5 * Math.Pow(0.5, years / 5) / 4));
        Assert.Equal(Math.Round(expected, 2), congress["value"]!.GetValue<double>(), 6);
    }

    private static async Task<HttpResponseMessage> PostForm(HttpClient pages, string url, Dictionary<string, string> fields)
    {
        var form = await pages.GetStringAsync(url);
        fields["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value;
        return await pages.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> CongressComponent(HttpClient client, Guid hcp) =>
        (await Json.Read(await client.GetAsync($"/api/v1/hcps/{hcp}/kol")))["influence"]!["components"]!.AsArray()
        .Single(c => c!["name"]!.GetValue<string>() == "Congress presentations")!;
}

public sealed class CongressPresentationsOnSqlite(KolSqliteApp app) : CongressPresentationTests(app), IClassFixture<KolSqliteApp>;

public sealed class CongressPresentationsOnPostgres(KolPostgresApp app) : CongressPresentationTests(app), IClassFixture<KolPostgresApp>;
