using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// The interaction form's refusals keep the call report: a follow-up without its due date, NPIs that are typos or not
/// held (all named at once, a failed check digit told apart from an NPI the directory lacks).
/// </summary>
public abstract class InteractionFormFollowUpTests(TestApp app)
{
    [Fact]
    public async Task A_follow_up_without_a_due_date_is_refused_naming_it_and_the_report_stays_on_the_form()
    {
        var (_, npi) = await EngagementData.Hcp(app);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        const string url = "/Engagement/Interactions/Edit";
        var form = await msl.Pages.GetStringAsync(url);
        var response = await msl.Pages.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
            ["Input.Kind"] = "ScientificExchange", ["Input.Channel"] = "InPerson", ["Input.OccurredAt"] = "2026-11-02T10:00",
            ["Input.DurationMinutes"] = "30", ["Input.Npis"] = npi, ["Input.Notes"] = "Discussed the dosing of the new regimen.",
            ["Input.FollowUps[0].Description"] = "Send the dosing reprint", ["Input.FollowUps[0].DueOn"] = "",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Follow-up 1 (\"Send the dosing reprint\") needs a due date.", page);
        Assert.Contains("Discussed the dosing of the new regimen.", page);
    }

    [Fact]
    public async Task Every_npi_that_cannot_be_taken_is_named_at_once_a_typo_apart_from_one_not_held()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        const string url = "/Engagement/Interactions/Edit";
        var form = await msl.Pages.GetStringAsync(url);
        Dictionary<string, string> Fields(string npis) => new()
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
            ["Input.Kind"] = "ScientificExchange", ["Input.Channel"] = "InPerson", ["Input.OccurredAt"] = "2026-02-02T10:00",
            ["Input.DurationMinutes"] = "30", ["Input.Npis"] = npis, ["Input.Notes"] = "Discussed the new regimen.",
        };

        var typos = WebUtility.HtmlDecode(await (await msl.Pages.PostAsync(url, new FormUrlEncodedContent(Fields("1234567890 12345")))).Content.ReadAsStringAsync());
        Assert.Contains("1234567890 is not a valid NPI: its check digit is wrong", typos);
        Assert.Contains("“12345” is not an NPI (10 digits).", typos);
        Assert.Contains("Discussed the new regimen.", typos);

        // 1234567893 and 1295735595 pass the check digit; no HCP of this test holds them.
        var unknown = WebUtility.HtmlDecode(await (await msl.Pages.PostAsync(url, new FormUrlEncodedContent(Fields("1234567893,1295735595")))).Content.ReadAsStringAsync());
        Assert.Contains("NPIs 1234567893, 1295735595 are not in the directory.", unknown);

        var notes = Fields("1234567893");
        notes["Input.Notes"] = new string('n', 20_001);
        var tooLong = WebUtility.HtmlDecode(await (await msl.Pages.PostAsync(url, new FormUrlEncodedContent(notes))).Content.ReadAsStringAsync());
        Assert.Contains("Notes run to at most 20,000 characters", tooLong);
        Assert.Contains("maxlength=\"20000\"", tooLong);
    }
}

public sealed class InteractionFormFollowUpOnSqlite(SqliteApp app) : InteractionFormFollowUpTests(app), IClassFixture<SqliteApp>;

public sealed class InteractionFormFollowUpOnPostgres(PostgresApp app) : InteractionFormFollowUpTests(app), IClassFixture<PostgresApp>;
