using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Shell;

/// <summary>
/// Every role, on a tablet held upright (820 px): each page its navigation offers opens, and none scrolls sideways
/// (a wide table scrolls inside the page; a chart shrinks), throws a script error or sends a request outside the app.
/// Form errors name fields as people read them.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class TabletLayoutTests(LiveApp app)
{
    private const string ScrollsSideways = "() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1";

    [Theory]
    [InlineData(Roles.Msl)]
    [InlineData(Roles.MslManager)]
    [InlineData(Roles.MedicalInformation)]
    [InlineData(Roles.Safety)]
    [InlineData(Roles.Viewer)]
    public async Task Every_navigation_page_of_a_role_opens_and_fits_a_tablet(string role)
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        await page.SetViewportSizeAsync(820, 1180);
        var watch = new PageWatch(page, app.BaseUrl);
        var (email, password) = await app.NewUser(role);
        await new LoginPage(page).SignIn(email, password);
        var links = await page.Locator("nav[aria-label=Main] a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.NotEmpty(links);
        var problems = new List<string>();
        foreach (var href in links)
        {
            var response = await page.GotoAsync(href);
            if (!response!.Ok) problems.Add($"{href} answered {response.Status}");
            else if (await page.EvaluateAsync<bool>(ScrollsSideways)) problems.Add($"{href} scrolls sideways");
        }
        Assert.Empty(problems.Concat(watch.Problems));
    }

    [Fact]
    public async Task The_initiative_page_with_its_chart_fits_a_tablet()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        await page.SetViewportSizeAsync(820, 1180);
        var (email, password) = await app.NewUser(Roles.Viewer);
        await new LoginPage(page).SignIn(email, password);
        await page.GotoAsync("/Impact");
        await page.Locator("main a[href^='/Impact/Initiative/']").First.ClickAsync();
        await Expect(page.Locator("figure.chart svg")).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>(ScrollsSideways));
    }

    [Fact]
    public async Task Events_show_their_kind_in_words()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        await page.GotoAsync("/Engagement/Events");
        await Expect(page.Locator("main table")).ToContainTextAsync("Educational session");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("EducationalSession");
    }

    [Fact]
    public async Task A_transfer_without_an_npi_or_amount_names_each_missing_field_once_in_words()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        await page.GotoAsync("/Engagement/Transfers/New");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        var summary = page.Locator(".error-summary li");
        await Expect(summary).ToHaveTextAsync(["The HCP (NPI) field is required.", "The Amount field is required."]);
    }

    [Fact]
    public async Task A_material_without_its_fields_is_refused_with_field_names_in_words()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Admin);
        await new LoginPage(page).SignIn(email, password);
        await page.GotoAsync("/Engagement/Content/Edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var summary = page.Locator(".error-summary");
        await Expect(summary).ToContainTextAsync("The Product field is required.");
        await Expect(summary).ToContainTextAsync("The Document code field is required.");
        await Expect(summary).Not.ToContainTextAsync("ProductId");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
