using System.Net;
using System.Net.Http.Json;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// Pages that record what cannot be taken back (a safety intake, a payment) answer a post with a redirect, so reloading
/// the confirmation records nothing again; a transfer whose amount fails validation is not recorded.
/// </summary>
public abstract class PostRedirectGetTests(TestApp app)
{
    private static async Task<HttpResponseMessage> Post(HttpClient pages, string url, Dictionary<string, string> fields)
    {
        var form = await pages.GetStringAsync(url);
        fields["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value;
        return await pages.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_raised_intake_is_confirmed_after_a_redirect_and_a_late_one_says_so()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var description = $"Rash after the second dose, heard {Guid.NewGuid():N}.";
        var response = await Post(msl.Pages, "/Safety/RaiseIntake", new()
        {
            ["Input.Kind"] = "AdverseEvent", ["Input.Description"] = description,
            ["Input.AwareAt"] = app.Clock.GetUtcNow().UtcDateTime.AddDays(-3).ToString("yyyy-MM-ddTHH:mm"),
        });

        // A redirect: what the browser then shows is the answer to a GET, which a reload repeats harmlessly.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = WebUtility.HtmlDecode(await msl.Pages.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("Intake raised.", confirmation);
        Assert.Contains("The 24 hours have already passed.", confirmation);
        Assert.Equal(1, await app.Db(db => db.AdverseEventIntakes.CountAsync(i => i.Description == description)));
    }

    [Fact]
    public async Task The_intake_form_names_the_interaction_product_and_reporter_it_is_raised_from_and_its_errors_in_its_own_words()
    {
        var (hcp, _) = await EngagementData.Hcp(app, lastName: "Reporter");
        var product = await EngagementData.Product(app);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var (logged, _) = await EngagementData.Created(await msl.Api.PostAsJsonAsync("/api/v1/interactions",
            EngagementData.Interaction(app, [hcp], [product], notes: "The patient developed a severe rash after the second dose."), Json.Web));
        var url = $"/Safety/RaiseIntake?interactionId={logged["id"]}";
        var form = WebUtility.HtmlDecode(await msl.Pages.GetStringAsync(url));
        Assert.Contains("Raised from", form);
        Assert.Contains("Reporter", form);
        Assert.Contains(await DashboardUsers.ProductName(app, product), form);

        var refused = await Post(msl.Pages, url, new()
        {
            ["Input.Kind"] = "AdverseEvent", ["Input.InteractionId"] = logged["id"]!.ToString(), ["Input.Description"] = "", ["Input.AwareAt"] = "",
        });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Say what you heard", page);
        Assert.Contains("Give when you learned of it", page);
        Assert.DoesNotContain("field is required", page);
        Assert.Contains("Raised from", page);
        // The time field is written by hand (no asp-for): it is still marked refused and described by its message.
        var aware = System.Text.RegularExpressions.Regex.Match(page, "<input id=\"aware\"[^>]*>").Value;
        Assert.Contains("aria-invalid=\"true\"", aware);
        Assert.Contains("aria-describedby=\"aware-hint Input_AwareAt-error\"", aware);
        Assert.Contains("<span class=\"field-error\" id=\"Input_AwareAt-error\">Give when you learned of it", page);
    }

    [Fact]
    public async Task A_transfer_is_recorded_once_and_an_amount_out_of_range_or_with_a_comma_not_at_all()
    {
        var (hcp, npi) = await EngagementData.Hcp(app);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        Dictionary<string, string> Fields(string amount) => new()
        {
            ["Npi"] = npi, ["Input.Amount"] = amount, ["Input.PaidOn"] = app.Clock.GetUtcNow().UtcDateTime.AddDays(-1).ToString("yyyy-MM-dd"), ["Input.Nature"] = "FoodAndBeverage",
            ["Input.Form"] = "CashOrCashEquivalent", ["Input.NumberOfPayments"] = "1",
        };
        foreach (var bad in new[] { "0", "-5", "99999999999", "12,50", "twelve" })
        {
            var refused = await Post(msl.Pages, "/Engagement/Transfers/New", Fields(bad));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await refused.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Recorded ", page);
            // The date given stays as given: only an empty form's default is moved to the reader's today.
            Assert.Contains("data-utc-today=\"\"", page);
        }
        Assert.Equal(0, await app.Db(db => db.TransfersOfValue.CountAsync(t => t.HcpId == hcp)));
        var utcToday = app.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd");
        Assert.Contains($"data-utc-today=\"{utcToday}\"", await msl.Pages.GetStringAsync("/Engagement/Transfers/New"));

        var recorded = await Post(msl.Pages, "/Engagement/Transfers/New", Fields("42.50"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Recorded 42.50 USD", await msl.Pages.GetStringAsync(recorded.Headers.Location!.OriginalString));
        Assert.Equal(1, await app.Db(db => db.TransfersOfValue.CountAsync(t => t.HcpId == hcp)));
    }

    [Fact]
    public async Task A_plan_out_of_range_is_refused_on_the_page_and_not_saved()
    {
        var (hcp, npi) = await EngagementData.Hcp(app);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var fields = new Dictionary<string, string> { ["Npi"] = npi, ["Input.Year"] = "1900", ["Input.Objectives"] = "Understand research interests." };
        for (var q = 0; q < 4; q++) fields[$"Input.Quarters[{q}].PlannedTouchpoints"] = q == 0 ? "-4" : "1";
        var response = await Post(msl.Pages, "/Engagement/Plans/Edit", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.Db(db => db.EngagementPlans.CountAsync(p => p.HcpId == hcp)));
    }

    [Fact]
    public async Task An_unsolicited_request_refused_keeps_its_received_date_and_names_the_requester_once()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var received = app.Clock.GetUtcNow().UtcDateTime.AddDays(-2).ToString("yyyy-MM-ddTHH:mm");
        var response = await Post(msl.Pages, "/MedicalInformation/UnsolicitedRequests", new()
        {
            ["Npi"] = "", ["Input.Question"] = "Any data in renal impairment?", ["Input.ReceivedAt"] = received,
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"value=\"{received}\"", page);
        Assert.Contains("The Requester (NPI) field is required.", page);
        Assert.DoesNotContain("Give one NPI.", page);
        Assert.DoesNotContain("Requester hcp", page);
    }
}

public sealed class PostRedirectGetOnSqlite(SqliteApp app) : PostRedirectGetTests(app), IClassFixture<SqliteApp>;

public sealed class PostRedirectGetOnPostgres(PostgresApp app) : PostRedirectGetTests(app), IClassFixture<PostgresApp>;
