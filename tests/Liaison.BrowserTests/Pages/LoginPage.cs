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
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    public async Task SignOut() => await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
}
