using Liaison.BrowserTests.Infrastructure;
using Liaison.Core.Identity;

namespace Liaison.BrowserTests.Pages;

/// <summary>The demo MSL's dashboard lists its top KOLs: a profile every role can open, with every profile section filled.</summary>
public static class TopKols
{
    public static async Task<string> FirstProfile(LiveApp app)
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = LiveApp.DemoLogin(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        var href = await page.Locator("table:has(caption:text('Top KOLs')) a").First.GetAttributeAsync("href");
        await page.Context.CloseAsync();
        return href!;
    }
}
