using System.Net;
using System.Text.RegularExpressions;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// A value refused in one row of a repeated group (a plan's quarter, an interaction's follow-up) is marked on that row's
/// field, which the error summary links to: the summary says a message shared by rows once, so the row said nothing, and a
/// plan's quarter lost what was typed.
/// </summary>
public abstract partial class RowFieldErrorTests(TestApp app)
{
    private static async Task<string> Post(DashboardUser user, string url, Dictionary<string, string> fields)
    {
        var form = await user.Pages.GetStringAsync(url);
        fields["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value;
        var response = await user.Pages.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Field(string page, string name) => InputOf().Matches(page).Select(m => m.Value)
        .Single(i => i.Contains($"name=\"{name}\"", StringComparison.Ordinal));

    [Fact]
    public async Task Touchpoints_unreadable_in_the_third_quarter_are_marked_there_and_kept()
    {
        var (_, npi) = await EngagementData.Hcp(app);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var page = await Post(msl, "/Engagement/Plans/Edit", new()
        {
            ["Npi"] = npi, ["Input.Year"] = "2026", ["Input.Objectives"] = "Renal dosing evidence",
            ["Input.Quarters[0].PlannedTouchpoints"] = "1", ["Input.Quarters[1].PlannedTouchpoints"] = "1",
            ["Input.Quarters[2].Objective"] = "Advisory board", ["Input.Quarters[2].PlannedTouchpoints"] = "abc",
            ["Input.Quarters[3].PlannedTouchpoints"] = "1",
        });

        Assert.Contains("data-field=\"Input_Quarters_2__PlannedTouchpoints\"", page);
        var third = Field(page, "Input.Quarters[2].PlannedTouchpoints");
        Assert.Contains("input-validation-error", third);
        Assert.Contains("value=\"abc\"", third);
        Assert.Contains("id=\"Input_Quarters_2__PlannedTouchpoints\"", third);
        Assert.DoesNotContain("input-validation-error", Field(page, "Input.Quarters[1].PlannedTouchpoints"));
        Assert.Contains("value=\"Advisory board\"", Field(page, "Input.Quarters[2].Objective"));
    }

    [Fact]
    public async Task A_due_date_unreadable_in_the_second_follow_up_is_marked_on_that_row_and_a_refused_duration_kept()
    {
        var (_, npi) = await EngagementData.Hcp(app);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var page = await Post(msl, "/Engagement/Interactions/Edit", new()
        {
            ["Input.Kind"] = "ScientificExchange", ["Input.Channel"] = "InPerson", ["Input.OccurredAt"] = "2026-02-02T10:00",
            ["Input.DurationMinutes"] = "1e309", ["Input.Npis"] = npi, ["Input.Notes"] = "Renal dosing.",
            ["Input.FollowUps[0].Description"] = "Send the reprint", ["Input.FollowUps[0].DueOn"] = "2026-02-30",
            ["Input.FollowUps[1].Description"] = "Call back", ["Input.FollowUps[1].DueOn"] = "2026-02-31",
        });

        var second = Field(page, "Input.FollowUps[1].DueOn");
        Assert.Contains("aria-invalid=\"true\"", second);
        Assert.Contains("id=\"Input_FollowUps_1__DueOn\"", second);
        Assert.Contains("id=\"Input_FollowUps_1__DueOn-error\"", page);
        Assert.Contains("value=\"Call back\"", Field(page, "Input.FollowUps[1].Description"));
        // A number input takes 1e309; refused, it is shown again as typed, not as the default 30.
        Assert.Contains("value=\"1e309\"", Field(page, "Input.DurationMinutes"));
    }

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputOf();
}

public sealed class RowFieldErrorOnSqlite(SqliteApp app) : RowFieldErrorTests(app), IClassFixture<SqliteApp>;

public sealed class RowFieldErrorOnPostgres(PostgresApp app) : RowFieldErrorTests(app), IClassFixture<PostgresApp>;
