using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Accessibility;

/// <summary>
/// The main field flow by keyboard alone: sign in, skip to the profile's content, Tab to the quick capture, log an
/// interaction; every control reached shows a focus outline, and nothing holds the focus.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class KeyboardQuickCaptureTests(LiveApp app)
{
    private const string FocusOf = "() => { const e = document.activeElement; return { id: e.id, tag: e.tagName, outline: getComputedStyle(e).outlineStyle }; }";

    private sealed class Focus
    {
        public string Id { get; set; } = "";
        public string Tag { get; set; } = "";
        public string Outline { get; set; } = "";
    }

    [Fact]
    public async Task An_msl_logs_an_interaction_from_a_profile_with_the_keyboard_only()
    {
        var profile = await TopKols.FirstProfile(app);
        var page = await app.Browser.NewPage(app.BaseUrl);
        var (email, password) = await app.NewUser(Roles.Msl);
        await page.GotoAsync("/Account/Login");
        Assert.Equal("Input_Email", (await page.EvaluateAsync<Focus>(FocusOf)).Id);
        await page.Keyboard.TypeAsync(email);
        await Tab(page, "Input_Password");
        await page.Keyboard.TypeAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();

        await page.GotoAsync(profile);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

        var reached = new List<Focus>();
        for (var i = 0; i < 80 && reached.LastOrDefault()?.Id != "qc-kind"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<Focus>(FocusOf));
        }
        Assert.Equal("qc-kind", reached.Last().Id);
        await Tab(page, "qc-channel");
        await Tab(page, "qc-topics");
        await page.Keyboard.TypeAsync("Biomarker testing");
        await Tab(page, "qc-notes");
        await page.Keyboard.TypeAsync("Logged with the keyboard only.");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log now" })).ToBeFocusedAsync();
        reached.Add(await page.EvaluateAsync<Focus>(FocusOf));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Interaction logged as a draft");
        Assert.All(reached, f => Assert.NotEqual("none", f.Outline));
    }

    private static async Task Tab(IPage page, string expectedId)
    {
        await page.Keyboard.PressAsync("Tab");
        var focus = await page.EvaluateAsync<Focus>(FocusOf);
        Assert.Equal(expectedId, focus.Id);
        Assert.NotEqual("none", focus.Outline);
    }
}
