using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;

namespace Liaison.BrowserTests.Shell;

/// <summary>
/// Walks every page the navigation offers an admin, at desktop and tablet widths: each has one h1, a main
/// landmark, no script errors and no request outside the app; with LIAISON_SCREENSHOTS=1 each is pictured in artifacts/screenshots.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class ShellTourTests(LiveApp app)
{
    [Theory]
    [InlineData(Roles.Admin, 1280, 900)]
    [InlineData(Roles.Compliance, 820, 1180)]
    public async Task Every_navigation_page_renders_accessibly_without_external_requests(string role, int width, int height)
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        await page.SetViewportSizeAsync(width, height);
        var errors = new List<string>();
        var external = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.Request += (_, r) => { if (!r.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal)) external.Add(r.Url); };

        var (email, password) = await app.NewUser(role);
        await new LoginPage(page).SignIn(email, password);
        var links = await page.Locator("nav[aria-label=Main] a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.NotEmpty(links);
        foreach (var href in links)
        {
            var response = await page.GotoAsync(href);
            Assert.True(response!.Ok, $"{href} answered {response.Status}");
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            Assert.Equal(1, await page.Locator("main").CountAsync());
            var name = href.Trim('/').Replace('/', '-');
            await Screenshots.Take(page, $"{role}-{width}-{(name.Length == 0 ? "dashboard" : name)}");
        }
        Assert.Empty(errors);
        Assert.Empty(external);
    }
}
