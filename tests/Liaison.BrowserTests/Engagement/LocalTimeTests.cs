using System.Globalization;
using Liaison.BrowserTests.Infrastructure;
using Liaison.BrowserTests.Pages;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Engagement;

/// <summary>An MSL enters and reads times in her own time zone; the record keeps UTC.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class LocalTimeTests(LiveApp app)
{
    private const string Zone = "America/New_York";

    [Fact]
    public async Task An_msl_in_new_york_logs_and_reads_an_interaction_in_her_time_while_the_record_keeps_utc()
    {
        var page = await app.Browser.NewPage(app.BaseUrl, Zone);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        var npi = await app.Query(db => db.Hcps.Where(h => h.Npi != null && h.ErasedAt == null).OrderBy(h => h.Npi).Select(h => h.Npi!).FirstAsync());
        var local = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(-2).AddHours(9).AddMinutes(30), DateTimeKind.Unspecified);
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.FindSystemTimeZoneById(Zone));
        var notes = $"Time zone check {Guid.NewGuid():N}";

        var form = new InteractionFormPage(page);
        await form.OpenNew();
        var when = page.GetByLabel("Date and time (your time)");
        await when.FillAsync(local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Attending HCPs (NPIs)").FillAsync(npi);
        await page.GetByLabel("Notes", new() { Exact = true }).FillAsync(notes);
        await form.SaveDraft();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        var stored = await app.Query(db => db.Interactions.Where(i => i.Notes == notes).Select(i => i.OccurredAt).SingleAsync());
        Assert.Equal(utc, stored);

        // The list reads her time too, with the UTC value in its title.
        await page.GotoAsync(app.BaseUrl + "/Engagement/Interactions?Mine=true");
        var first = page.Locator("tbody tr").First.Locator("time");
        await Assertions.Expect(first).ToHaveTextAsync(local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        await Assertions.Expect(first).ToHaveAttributeAsync("title", utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC");
    }

    [Fact]
    public async Task An_evening_call_in_new_york_is_dated_her_day_on_the_dashboard_and_a_new_payment_defaults_to_her_today()
    {
        var page = await app.Browser.NewPage(app.BaseUrl, Zone);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        var npi = await app.Query(db => db.Hcps.Where(h => h.Npi != null && h.ErasedAt == null).OrderBy(h => h.Npi).Select(h => h.Npi!).FirstAsync());
        // 21:30 in New York is the next day in UTC.
        var local = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(-3).AddHours(21).AddMinutes(30), DateTimeKind.Unspecified);
        var york = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        Assert.NotEqual(local.Date, TimeZoneInfo.ConvertTimeToUtc(local, york).Date);

        var form = new InteractionFormPage(page);
        await form.OpenNew();
        await page.GetByLabel("Date and time (your time)").FillAsync(local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Attending HCPs (NPIs)").FillAsync(npi);
        await form.SaveDraft();

        await page.GotoAsync(app.BaseUrl + "/");
        var draft = page.Locator("a", new() { HasText = "One-to-one scientific exchange," }).Locator("time");
        await Assertions.Expect(draft).ToHaveTextAsync(local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        await page.GotoAsync(app.BaseUrl + "/Engagement/Transfers/New");
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, york).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByLabel("Paid on")).ToHaveValueAsync(today);
    }

    [Fact]
    public async Task A_payments_event_choices_show_each_events_day_in_the_readers_time_zone()
    {
        // The demo's events start at 19:00-21:00 UTC: already the next day in Tokyo.
        const string tokyo = "Asia/Tokyo";
        var page = await app.Browser.NewPage(app.BaseUrl, tokyo);
        var (email, password) = await app.NewUser(Roles.Msl);
        await new LoginPage(page).SignIn(email, password);
        await page.GotoAsync(app.BaseUrl + "/Engagement/Transfers/New");
        var options = await page.Locator("select[name='Input.EventId'] option[data-utc-day]")
            .EvaluateAllAsync<string[][]>("os => os.map(o => [o.dataset.utcDay, o.textContent])");
        Assert.NotEmpty(options);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tokyo);
        foreach (var option in options)
        {
            var starts = DateTime.Parse(option[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            Assert.StartsWith(TimeZoneInfo.ConvertTimeFromUtc(starts, zone).ToString("yyyy-MM-dd ", CultureInfo.InvariantCulture), option[1]);
        }
        Assert.Contains(options, o => !o[1].StartsWith(o[0][..10], StringComparison.Ordinal));
    }
}
