using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Engagement;

[Collection(LiveAppCollection.Name)]
public sealed class EngagementFlowTests(LiveApp app)
{
    private const string Deck = "Veltrisa in HER2-low metastatic breast cancer: scientific slide deck";
    private const string OffLabelDeck = "Veltrisa in HER2-ultralow disease: exploratory data";

    private Task<List<string>> Oncologists(int count) => app.Query(db => db.Hcps
        .Where(h => h.Npi != null && h.PrimaryTaxonomyCode == "207RX0202X").OrderByDescending(h => h.Npi)
        .Select(h => h.Npi!).Take(count).ToListAsync());

    private async Task<IPage> SignedIn(string role)
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(role);
        await new LoginPage(page).SignIn(email, password);
        return page;
    }

    [Fact]
    public async Task An_msl_logs_an_educational_session_signs_it_cannot_edit_it_and_amends_it()
    {
        var page = await SignedIn(Roles.Msl);
        var npis = await Oncologists(3);
        var form = new InteractionFormPage(page);
        await form.OpenNew();
        await form.Fill("Educational session", npis, "Veltrisa", [Deck], "Session on HER2-low testing for three oncologists.");
        await form.SaveDraft();

        var details = new InteractionDetailsPage(page);
        await Assertions.Expect(details.Status).ToContainTextAsync("Draft");
        await Assertions.Expect(details.Attendees).ToHaveCountAsync(3);
        await Assertions.Expect(details.Materials).ToContainTextAsync(Deck);
        await details.Sign();
        await Assertions.Expect(details.Status).ToContainTextAsync("Signed and locked");
        var detailsUrl = details.Url;

        await page.GotoAsync(detailsUrl.Replace("/Details/", "/Edit/", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("signed and locked: it cannot be edited");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).CountAsync());

        await page.GotoAsync(detailsUrl);
        await details.Amend("One attendee's question on ILD monitoring was not recorded.",
            "Session on HER2-low testing for three oncologists; one asked about ILD monitoring.");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Amendment 1 recorded");
        await Assertions.Expect(details.Status).ToContainTextAsync("amended once");
        await Assertions.Expect(details.Amendments).ToContainTextAsync("ILD monitoring was not recorded");
        await Screenshots.Take(page, "msl-interaction-amended");

        // The list says whom it was with: the three oncologists, by surname.
        var surnames = await app.Query(db => db.Hcps.Where(h => npis.Contains(h.Npi!)).Select(h => h.LastName).ToListAsync());
        await page.GotoAsync(app.BaseUrl + "/Engagement/Interactions?Mine=true");
        var row = page.Locator("tbody tr").First;
        foreach (var surname in surnames) await Assertions.Expect(row).ToContainTextAsync(surname);
    }

    [Fact]
    public async Task Attaching_off_label_content_without_an_unsolicited_request_is_refused_with_a_clear_message()
    {
        var page = await SignedIn(Roles.Msl);
        var form = new InteractionFormPage(page);
        await form.OpenNew();
        await form.Fill("One-to-one scientific exchange", await Oncologists(1), "Veltrisa", [OffLabelDeck], "Discussed new data.");
        await form.SaveDraft();
        await Assertions.Expect(form.Problems).ToBeVisibleAsync();
        await Assertions.Expect(form.Problems).ToContainTextAsync("is off-label: it can be shared only in answer to a documented unsolicited request");
        await Screenshots.Take(page, "msl-off-label-refused");
    }

    [Fact]
    public async Task A_commercial_viewer_sees_engagement_aggregates_only()
    {
        var page = await SignedIn(Roles.Viewer);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        Assert.Equal(0, await nav.GetByRole(AriaRole.Link, new() { Name = "Interactions", Exact = true }).CountAsync());
        await Assertions.Expect(page.Locator("#eng-title")).ToBeVisibleAsync();

        await nav.GetByRole(AriaRole.Link, new() { Name = "Engagement summary" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Engagement summary");
        var interactions = int.Parse(await page.Locator("[data-stat=interactions]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(interactions > 0);
        var npi = (await Oncologists(1))[0];
        Assert.DoesNotContain(npi, await page.ContentAsync());

        foreach (var url in new[] { "/Engagement/Interactions", "/Engagement/Events", "/Engagement/Transfers" })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You may not open this page");
        }
        var hcp = await app.Query(db => db.Hcps.Where(h => h.Npi == npi).Select(h => h.Id).FirstAsync());
        await page.GotoAsync($"/Directory/Profile/{hcp}");
        Assert.Equal(0, await page.Locator("#section-interactions").CountAsync());
        Assert.Equal(0, await page.Locator("#section-transfers-of-value").CountAsync());
        await Screenshots.Take(page, "viewer-profile-without-engagement");
    }
}
