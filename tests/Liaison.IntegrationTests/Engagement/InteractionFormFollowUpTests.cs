using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>A follow-up typed on the interaction form without its due date is a field error, the call report kept.</summary>
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
}

public sealed class InteractionFormFollowUpOnSqlite(SqliteApp app) : InteractionFormFollowUpTests(app), IClassFixture<SqliteApp>;

public sealed class InteractionFormFollowUpOnPostgres(PostgresApp app) : InteractionFormFollowUpTests(app), IClassFixture<PostgresApp>;
