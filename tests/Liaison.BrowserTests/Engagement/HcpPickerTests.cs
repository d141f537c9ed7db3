using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Engagement;

/// <summary>The forms that take NPIs find HCPs by name (misspelt too): a pick adds the NPI, or sets a single-NPI field.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class HcpPickerTests(LiveApp app)
{
    private async Task<IPage> SignedInMsl()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        return page;
    }

    private static ILocator Found(IPage page) => page.GetByRole(AriaRole.Listbox, new() { Name = "HCPs found" }).GetByRole(AriaRole.Option);

    /// <summary>An active HCP with an NPI, a surname of seven letters or more and a first name no other HCP of that surname has.</summary>
    private Task<(string Npi, string FirstName, string LastName)> SomeHcp(int skip) => app.Query(async db =>
    {
        var hcp = await db.Hcps.Where(h => h.Npi != null && h.ErasedAt == null && h.LastName.Length >= 7 && h.FirstName.Length >= 3
                && db.Hcps.Count(o => o.LastName == h.LastName && o.FirstName == h.FirstName) == 1)
            .OrderBy(h => h.Npi).Skip(skip).Select(h => new { h.Npi, h.FirstName, h.LastName }).FirstAsync();
        return (hcp.Npi!, hcp.FirstName, hcp.LastName);
    });

    [Fact]
    public async Task An_msl_adds_attendees_by_a_misspelt_surname_instead_of_typing_npis()
    {
        var page = await SignedInMsl();
        var (first, firstGiven, firstName) = await SomeHcp(0);
        var (second, secondGiven, secondName) = await SomeHcp(1);
        await page.GotoAsync(app.BaseUrl + "/Engagement/Interactions/Edit");
        var find = page.GetByRole(AriaRole.Combobox, new() { Name = "Find an HCP by name" });
        var npis = page.GetByLabel("Attending HCPs (NPIs)");

        // Two letters swapped, as typed in a hurry; chosen with the keyboard.
        var misspelt = firstName[..2] + firstName[3] + firstName[2] + firstName[4..];
        await find.FillAsync($"{firstGiven} {misspelt}");
        await Assertions.Expect(Found(page).First).ToContainTextAsync(first);
        await find.PressAsync("ArrowDown");
        await find.PressAsync("Enter");
        await Assertions.Expect(npis).ToHaveValueAsync(first);

        await find.FillAsync($"{secondGiven} {secondName}");
        await Found(page).Filter(new() { HasText = second }).ClickAsync();
        await Assertions.Expect(npis).ToHaveValueAsync($"{first}, {second}");
        await Assertions.Expect(page.Locator("[data-picked]")).ToContainTextAsync($"Added: ");
        await Assertions.Expect(page.Locator("[data-picked]")).ToContainTextAsync(secondName);
    }

    [Fact]
    public async Task Picking_an_hcp_for_a_transfer_of_value_sets_its_one_npi()
    {
        var page = await SignedInMsl();
        var (npi, firstName, lastName) = await SomeHcp(2);
        await page.GotoAsync(app.BaseUrl + "/Engagement/Transfers/New");
        var field = page.GetByLabel("HCP (NPI)");
        await field.FillAsync("1234567893");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Find an HCP by name" }).FillAsync($"{firstName} {lastName}");
        await Found(page).Filter(new() { HasText = npi }).ClickAsync();
        await Assertions.Expect(field).ToHaveValueAsync(npi);
    }
}
