using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Kol;

/// <summary>The demo's KOL evidence in the browser: an MSL reviews a link and sees it counted on the profile.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class KolFlowTests(LiveApp app)
{
    [Fact]
    public async Task An_msl_confirms_a_link_from_the_queue_and_the_profile_counts_it()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        var review = new EvidenceReviewPage(page);
        await review.Open();
        Assert.True(await review.Rows.CountAsync() > 0);
        var (profile, evidence) = await review.ConfirmFirst();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Confirmed");

        await page.GotoAsync(profile);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "KOL influence and evidence" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Publications");
        var pmid = evidence.Split(' ')[1];
        var row = page.Locator("tr", new() { HasText = pmid }).First;
        await Assertions.Expect(row).ToContainTextAsync("counts — Confirmed");
        await Screenshots.Take(page, "msl-kol-profile", fullPage: false);
    }

    [Fact]
    public async Task An_msl_records_a_congress_presentation_and_the_profile_scores_it()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        await new EvidenceReviewPage(page).Open();
        var profile = await page.Locator("main table tbody tr a").First.GetAttributeAsync("href");
        await page.GotoAsync(profile!);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record or remove congress presentations" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error").First).ToContainTextAsync("field is required");
        await page.GetByLabel("Congress").FillAsync("ESC Congress 2025");
        await page.GetByLabel("Presented on").FillAsync("2025-08-30");
        await page.GetByLabel("Role").SelectOptionAsync("Keynote");
        await page.GetByLabel("Title").FillAsync("Heart failure: the year in review");
        await page.GetByLabel("Programme address").FillAsync("https://www.escardio.org/Congresses-Events");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Recorded: keynote at ESC Congress 2025");

        await page.GotoAsync(profile!);
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Heart failure: the year in review" })).ToContainTextAsync("Keynote");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Congress presentations" }).First).ToContainTextAsync("as keynote, oral or chair");
    }

    [Fact]
    public async Task A_viewer_sees_no_kol_section_on_a_profile()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (msl, mslPassword) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(msl, mslPassword);
        await new EvidenceReviewPage(page).Open();
        var profile = await page.Locator("main table tbody tr a").First.GetAttributeAsync("href");
        await new LoginPage(page).SignOut();

        var (viewer, viewerPassword) = await app.NewUser(Roles.Viewer);
        await new LoginPage(page).SignIn(viewer, viewerPassword);
        await page.GotoAsync(profile!);
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { Name = "KOL influence and evidence" }).CountAsync());
        Assert.Equal(0, await page.GetByText("Influence score").CountAsync());
    }

    [Fact]
    public async Task A_prolific_kols_profile_opens_on_quick_capture_and_keeps_older_publications_one_click_away()
    {
        var hcpId = await app.Query(db => db.InfluenceScores.OrderByDescending(s => s.Publications).Select(s => s.HcpId).FirstAsync());
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        await page.GotoAsync($"{app.BaseUrl}/Directory/Profile/{hcpId}");

        var headings = await page.Locator("main h2").AllTextContentsAsync();
        Assert.True(headings.ToList().IndexOf("Interactions") < headings.ToList().IndexOf("KOL influence and evidence"), string.Join(" | ", headings));
        var evidence = page.Locator("section[aria-labelledby='section-kol-evidence']");
        var shown = evidence.Locator("h3:text-is('Publications') + table tbody tr");
        Assert.Equal(10, await shown.CountAsync());
        var earlier = evidence.Locator("details.more summary");
        await Assertions.Expect(earlier).ToContainTextAsync("earlier publication");
        var hidden = evidence.Locator("details.more tbody tr").First;
        await Assertions.Expect(hidden).ToBeHiddenAsync();
        await earlier.ClickAsync();
        await Assertions.Expect(hidden).ToBeVisibleAsync();
        await Assertions.Expect(evidence.Locator("h3:text-is('Clinical trials') + table")).Not.ToContainTextAsync("_");
    }
}
