using Microsoft.Playwright;

namespace Liaison.BrowserTests.Pages;

/// <summary>The evidence link review queue and the HCP profile it links to.</summary>
public sealed class EvidenceReviewPage(IPage page)
{
    public async Task Open() => await page.GotoAsync("/Directory/Evidence/Review");

    public ILocator Rows => page.Locator("main table tbody tr");

    /// <summary>
    /// Confirms the first link of the queue; returns the HCP's profile address and the evidence text once the queue
    /// says so. The page's flash is awaited, not its load event: the post redirects back to this same address, and a
    /// wait for the load state can miss that navigation and hang (as the sign-in's did, see <see cref="LoginPage"/>):
    /// once, on a loaded machine, it waited out its 30 s after the page had come back.
    /// </summary>
    public async Task<(string ProfileHref, string Evidence)> ConfirmFirst()
    {
        var row = Rows.First;
        var href = (await row.Locator("a").First.GetAttributeAsync("href"))!;
        var evidence = (await row.Locator("td").Nth(1).InnerTextAsync()).Trim();
        await row.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Confirmed");
        return (href, evidence);
    }
}
