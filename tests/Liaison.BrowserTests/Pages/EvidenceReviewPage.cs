using Microsoft.Playwright;

namespace Liaison.BrowserTests.Pages;

/// <summary>The evidence link review queue and the HCP profile it links to.</summary>
public sealed class EvidenceReviewPage(IPage page)
{
    public async Task Open() => await page.GotoAsync("/Directory/Evidence/Review");

    public ILocator Rows => page.Locator("main table tbody tr");

    /// <summary>Confirms the first link of the queue; returns the HCP's profile address and the evidence text.</summary>
    public async Task<(string ProfileHref, string Evidence)> ConfirmFirst()
    {
        var row = Rows.First;
        var href = (await row.Locator("a").First.GetAttributeAsync("href"))!;
        var evidence = (await row.Locator("td").Nth(1).InnerTextAsync()).Trim();
        await row.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        return (href, evidence);
    }
}
