using Liaison.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Pages;

public sealed class LoginPage(IPage page)
{
    public async Task SignIn(string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Signed in once the browser leaves the login page; what the test does next waits for its own elements,
        // so a slow dashboard on a busy machine does not fail the sign-in itself.
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal),
                new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException e)
        {
            // Once in a few hundred runs the browser stays on the login page; say what it shows, so the next time tells why.
            var screenshot = Path.Combine(RepoPaths.Screenshots, $"sign-in-stalled-{Guid.NewGuid():N}.png");
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            var shown = (await page.Locator("body").InnerTextAsync()).ReplaceLineEndings(" ");
            throw new TimeoutException($"Signing in as {email} left the browser on {page.Url}, showing: "
                + $"{shown[..Math.Min(shown.Length, 800)]} (screenshot {screenshot})", e);
        }
        await page.Locator("main").WaitForAsync();
    }

    public async Task SignOut() => await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
}
