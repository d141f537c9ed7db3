using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Shell;

[Collection(LiveAppCollection.Name)]
public sealed class SignInTests(LiveApp app)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        for (var i = 0; i < 5; i++)
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("wrong-password-" + i);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        }
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("locked");
    }

    [Fact]
    public async Task A_user_changes_their_password_and_signs_in_with_the_new_one()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Viewer);
        var login = new LoginPage(page);
        await login.SignIn(email, password);
        await page.GotoAsync("/Account/Password");
        await page.GetByLabel("Current password").FillAsync(password);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("short");
        await page.GetByLabel("New password again").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();

        const string next = "Another-secret-2027";
        await page.GetByLabel("Current password").FillAsync(password);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(next);
        await page.GetByLabel("New password again").FillAsync(next);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("password was changed");
        await login.SignOut();
        await login.SignIn(email, next);
        Assert.Contains("Welcome", await page.Locator("h1").InnerTextAsync());
    }
}
