using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.BrowserTests.Engagement;

/// <summary>The engagement pages the menu does not list (forms, details, the profile sections) open cleanly for their roles.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class EngagementPagesTests(LiveApp app)
{
    [Theory]
    [InlineData(Roles.Msl)]
    [InlineData(Roles.MslManager)]
    [InlineData(Roles.Compliance)]
    [InlineData(Roles.MedicalInformation)]
    public async Task Every_engagement_form_and_detail_page_renders_for_the_roles_that_use_it(string role)
    {
        // As the demo company's people: the MSL's own shared interaction and plan, which her manager (her team) sees too.
        var (email, password) = LiveApp.DemoLogin(role);
        var mslEmail = LiveApp.DemoLogin(Roles.Msl).Email;
        var (eventId, interactionId, hcpId, planId, contentId) = await app.Query(async db =>
        {
            var msl = await db.Users.Where(u => u.Email == mslEmail).Select(u => u.Id).SingleAsync();
            return (await db.MedicalEvents.OrderBy(e => e.StartsAt).Select(e => e.Id).FirstAsync(),
                await db.Interactions.Where(i => i.Shared && i.Notes != null && i.OwnerId == msl).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
                await db.InteractionAttendees.Where(a => a.HcpId != null).Select(a => a.HcpId!.Value).FirstAsync(),
                await db.EngagementPlans.Where(p => p.OwnerId == msl).Select(p => p.Id).FirstAsync(),
                await db.ContentItems.Select(c => c.Id).FirstAsync());
        });
        var pages = new List<string>
        {
            $"/Engagement/Events/Details/{eventId}", $"/Engagement/Interactions/Details/{interactionId}", $"/Directory/Profile/{hcpId}",
            $"/Safety/RaiseIntake?interactionId={interactionId}",
        };
        if (role is Roles.Msl or Roles.MslManager)
            pages.AddRange(["/Engagement/Interactions/Edit", $"/Engagement/Interactions/Edit?hcpId={hcpId}", "/Engagement/Events/Edit",
                $"/Engagement/Events/Edit/{eventId}", "/Engagement/Plans/Edit", "/Engagement/Transfers/New"]);
        if (role is Roles.MslManager or Roles.Compliance) pages.Add("/Engagement/Plans/Team");
        if (role is Roles.Compliance) pages.AddRange(["/Engagement/Transfers/Caps", "/Engagement/Transfers/New"]);
        if (role is Roles.MedicalInformation) pages.AddRange(["/Engagement/Content/Edit", $"/Engagement/Content/Edit/{contentId}"]);
        if (role is Roles.MslManager) pages.Add($"/Engagement/Plans/Edit/{planId}");

        var page = await app.Browser.NewPage(app.BaseUrl);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await new LoginPage(page).SignIn(email, password);
        foreach (var url in pages)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response!.Ok, $"{url} answered {response.Status} to {role}");
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            var unlabelled = await page.EvaluateAsync<int>("""
                () => [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]
                      .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).length
                """);
            Assert.True(unlabelled == 0, $"{url} has {unlabelled} unlabelled form control(s)");
            var name = string.Join('-', url.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries).Take(3));
            await Screenshots.Take(page, $"{role}-{name}");
        }
        Assert.Empty(errors);
    }
}
