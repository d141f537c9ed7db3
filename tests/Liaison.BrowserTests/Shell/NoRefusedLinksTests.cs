using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Shell;

/// <summary>
/// A page never offers a link its reader would be refused: every link in the main content of a KOL's profile and
/// of the engagement plans opens for each role that can read those pages.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class NoRefusedLinksTests(LiveApp app)
{
    [Theory]
    [InlineData(Roles.Msl)]
    [InlineData(Roles.MedicalInformation)]
    [InlineData(Roles.Safety)]
    [InlineData(Roles.Compliance)]
    [InlineData(Roles.Admin)]
    public async Task Links_on_a_profile_and_the_plans_open_for_the_reader(string role)
    {
        var profile = await TopKols.FirstProfile(app);
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(role);
        await new LoginPage(page).SignIn(email, password);
        var refused = new List<string>();
        foreach (var start in new[] { profile, "/Engagement/Plans" })
        {
            await page.GotoAsync(start);
            var links = await page.Locator("main a[href^='/']").EvaluateAllAsync<string[]>("els => [...new Set(els.map(e => e.getAttribute('href')))]");
            foreach (var href in links.Take(40))
            {
                // Through the context's request API (same cookies): some links are downloads, which a page cannot open.
                var response = await page.Context.APIRequest.GetAsync(href);
                if (!response.Ok || response.Url.Contains("/Account/AccessDenied", StringComparison.Ordinal))
                    refused.Add($"{start} → {href}: {response.Status}");
            }
        }
        Assert.Empty(refused);
    }
}
