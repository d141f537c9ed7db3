using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Kol;

/// <summary>The directory page in the browser: a misspelt surname finds the HCP, a refused search reads as an error.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class DirectorySearchTests(LiveApp app)
{
    [Fact]
    public async Task A_misspelt_surname_finds_the_hcp_and_an_unknown_specialty_is_shown_as_an_error()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);

        await page.GotoAsync("/Directory?Q=abernaty");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Abernathy");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("similar spelling");

        await page.GotoAsync("/Directory?Specialty=zzzz-nothing");
        var problem = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(problem).ToContainTextAsync("No NUCC specialty matches 'zzzz-nothing'.");
        await Assertions.Expect(problem).ToHaveClassAsync("error-summary");
        await Screenshots.Take(page, "msl-directory-unknown-specialty", fullPage: false);
    }
}
