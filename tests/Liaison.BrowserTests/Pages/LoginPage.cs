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
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("main").WaitForAsync();
    }

    public async Task SignOut() => await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
}
