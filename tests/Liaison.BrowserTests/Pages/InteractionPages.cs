using Microsoft.Playwright;

namespace Liaison.BrowserTests.Pages;

/// <summary>The interaction form (log, edit, amend).</summary>
public sealed class InteractionFormPage(IPage page)
{
    public async Task OpenNew()
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Interactions", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Log an interaction" }).ClickAsync();
    }

    public async Task Fill(string kind, IEnumerable<string> npis, string product, IEnumerable<string> materials, string notes)
    {
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel("Attending HCPs (NPIs)").FillAsync(string.Join(", ", npis));
        await page.GetByLabel(product, new() { Exact = true }).CheckAsync();
        foreach (var m in materials) await page.GetByLabel(m).CheckAsync();
        await page.GetByLabel("Notes", new() { Exact = true }).FillAsync(notes);
    }

    public Task SaveDraft() => page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

    public ILocator Problems => page.Locator(".error-summary");
}

/// <summary>An interaction's page: status, sign, amend, amendments.</summary>
public sealed class InteractionDetailsPage(IPage page)
{
    public ILocator Status => page.Locator("p.status");
    public ILocator Attendees => page.Locator("section[aria-labelledby=attendees] li");
    public ILocator Materials => page.Locator("section[aria-labelledby=materials] li");
    public ILocator Amendments => page.Locator("section[aria-labelledby=amendments] tbody tr");
    public string Url => page.Url;

    public Task Sign() => page.GetByRole(AriaRole.Button, new() { Name = "Sign and lock" }).ClickAsync();

    public async Task Amend(string reason, string notes)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Amend", Exact = true }).ClickAsync();
        await page.GetByLabel("Reason for the amendment").FillAsync(reason);
        await page.GetByLabel("Notes", new() { Exact = true }).FillAsync(notes);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record amendment" }).ClickAsync();
    }
}
