using System.Text.RegularExpressions;
using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Accessibility;

/// <summary>
/// A refused field is reachable from the field itself: aria-invalid, and its error message as its accessible
/// description (aria-describedby), on the sign-in form, a form with hints (events) and the hand-written interaction form;
/// and the error summary's problems link to their fields.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed partial class FormErrorTests(LiveApp app)
{
    [Fact]
    public async Task An_empty_sign_in_describes_each_field_by_its_error()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var email = page.GetByLabel("Email");
        await Assertions.Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(email).ToHaveAccessibleDescriptionAsync(Required());
        await Assertions.Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(Required());
        Assert.Empty((await AccessibilityRules.Check(page)).Problems);
    }

    [Fact]
    public async Task An_event_without_a_title_says_so_beside_the_title_once()
    {
        var page = await AnEventSavedWithoutItsTitle();

        var title = page.GetByLabel("Title", new() { Exact = true });
        await Assertions.Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(title).ToHaveAccessibleDescriptionAsync(Required());
        var messageId = await title.GetAttributeAsync("aria-describedby");
        await Assertions.Expect(page.Locator($"main #{messageId}.field-error")).ToHaveCountAsync(1);
        Assert.Empty((await AccessibilityRules.Check(page)).Problems);
    }

    [Fact]
    public async Task A_problem_in_the_summary_links_to_its_field()
    {
        var page = await AnEventSavedWithoutItsTitle();

        await page.Locator(".error-summary").GetByRole(AriaRole.Link, new() { NameRegex = Required() }).First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task An_interaction_with_an_impossible_duration_keeps_the_hint_and_adds_the_error()
    {
        var page = await SignedIn(Roles.Msl);
        await page.GotoAsync("/Engagement/Interactions/Edit");
        await page.Locator("main form").EvaluateAsync("f => f.noValidate = true");
        await page.GetByLabel("Duration (minutes)").FillAsync("5000");
        await page.GetByLabel("Topics").FillAsync("Dosing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        var duration = page.GetByLabel("Duration (minutes)");
        await Assertions.Expect(duration).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(duration).ToHaveAccessibleDescriptionAsync(new Regex("\\S"));
        await Assertions.Expect(page.GetByLabel("Topics")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Topics")).ToHaveAccessibleDescriptionAsync(new Regex("^Comma-separated"));
        Assert.Empty((await AccessibilityRules.Check(page)).Problems);
    }

    private async Task<IPage> AnEventSavedWithoutItsTitle()
    {
        var page = await SignedIn(Roles.Msl);
        await page.GotoAsync("/Engagement/Events/Edit");
        await page.Locator("main form").EvaluateAsync("f => f.noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        return page;
    }

    private async Task<IPage> SignedIn(string role)
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(role);
        await new LoginPage(page).SignIn(email, password);
        return page;
    }

    [GeneratedRegex("required", RegexOptions.IgnoreCase)]
    private static partial Regex Required();
}
