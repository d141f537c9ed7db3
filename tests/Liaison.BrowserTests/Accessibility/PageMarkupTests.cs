using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Accessibility;

/// <summary>
/// Every page a role's navigation offers, a KOL's profile and the sign-in page keep the markup rules of
/// <see cref="AccessibilityRules"/>: a language, one h1 and one main landmark, unique ids, text alternatives, table
/// headers and a name on every control, at desktop and phone widths; none throws a script error or sends a request
/// outside the app (<see cref="PageWatch"/>).
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class PageMarkupTests(LiveApp app)
{
    [Theory]
    [InlineData(Roles.Msl, 1366)]
    [InlineData(Roles.MslManager, 1366)]
    [InlineData(Roles.Admin, 1366)]
    [InlineData(Roles.Compliance, 390)]
    [InlineData(Roles.Viewer, 390)]
    public async Task Every_navigation_page_names_its_controls_and_has_one_h1_and_main(string role, int width)
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        await page.SetViewportSizeAsync(width, 900);
        var watch = new PageWatch(page, app.BaseUrl);
        await page.GotoAsync("/Account/Login");
        var problems = await ProblemsOf(page, "/Account/Login");

        var (email, password) = await app.NewUser(role);
        await new LoginPage(page).SignIn(email, password);
        var links = await page.Locator("nav[aria-label=Main] a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.NotEmpty(links);
        foreach (var href in links.Append(await TopKols.FirstProfile(app)))
        {
            var response = await page.GotoAsync(href);
            if (!response!.Ok) problems.Add($"{href} answered {response.Status}");
            problems.AddRange(await ProblemsOf(page, href));
        }
        Assert.Empty(problems.Concat(watch.Problems));
    }

    [Fact]
    public async Task The_rules_find_what_a_broken_page_gets_wrong()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        await page.SetContentAsync("""
            <html><body><h1>One</h1><h1>Two</h1>
            <input id="twice" name="q"><span id="twice"></span><button></button><img src="x.png">
            <input class="input-validation-error" name="amount" aria-describedby="gone">
            <table><tr><td>no header</td></tr></table></body></html>
            """);
        var findings = await AccessibilityRules.Check(page);
        Assert.Contains("html has no lang", findings.Problems);
        Assert.Contains("2 h1 elements, not one", findings.Problems);
        Assert.Contains("0 main landmarks, not one", findings.Problems);
        Assert.Contains("id \"twice\" used 2 times", findings.Problems);
        Assert.Contains("input#twice[name=\"q\"] has no accessible name", findings.Problems);
        Assert.Contains("button has no accessible name", findings.Problems);
        Assert.Contains(findings.Problems, p => p.StartsWith("img ", StringComparison.Ordinal) && p.EndsWith("has no alt", StringComparison.Ordinal));
        Assert.Contains("input[name=\"amount\"] aria-describedby names missing id \"gone\"", findings.Problems);
        Assert.Contains("input[name=\"amount\"] is marked refused but not aria-invalid", findings.Problems);
        Assert.Contains("input[name=\"amount\"] is refused but not described by its error message", findings.Problems);
        Assert.Contains(findings.Problems, p => p.StartsWith("table ", StringComparison.Ordinal) && p.EndsWith("has no header cells", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ProblemsOf(IPage page, string href)
    {
        var findings = await AccessibilityRules.Check(page);
        var problems = findings.Problems.Select(p => $"{href}: {p}").ToList();
        // A page whose controls were never looked at would pass every rule: each has at least the skip link or sign-in.
        if (findings.ControlsNamed == 0) problems.Add($"{href}: no named control found");
        return problems;
    }
}
