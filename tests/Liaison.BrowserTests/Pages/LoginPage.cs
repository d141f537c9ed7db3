using System.Text.RegularExpressions;
using Liaison.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Pages;

public sealed partial class LoginPage(IPage page)
{
    public async Task SignIn(string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Signed in once the browser leaves the login page; what the test does next waits for its own elements,
        // so a slow dashboard on a busy machine does not fail the sign-in itself. Not WaitForURLAsync: when the redirect
        // has already happened it waits for the page's load event whatever WaitUntil says (playwright-dotnet #3365), and
        // its check-then-subscribe can miss the navigation (#3364); once in a few hundred runs a sign-in that had landed on
        // the dashboard failed after 30 s. The assertion polls the address instead.
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(NotTheLoginPage());
        }
        catch (PlaywrightException e)
        {
            // Say what the page shows, so a sign-in that really stays on the login page tells why.
            var screenshot = Path.Combine(RepoPaths.Screenshots, $"sign-in-stalled-{Guid.NewGuid():N}.png");
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            var shown = (await page.Locator("body").InnerTextAsync()).ReplaceLineEndings(" ");
            throw new TimeoutException($"Signing in as {email} left the browser on {page.Url}, showing: "
                + $"{shown[..Math.Min(shown.Length, 800)]} (screenshot {screenshot})", e);
        }
        await page.Locator("main").WaitForAsync();
    }

    [GeneratedRegex("^(?!.*/Account/Login)")]
    private static partial Regex NotTheLoginPage();

    public async Task SignOut() => await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
}
