using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Engagement;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Pages;

/// <summary>
/// A NUL character pasted into the interaction form's notes: the form comes back refused with the notes marked and the
/// reason beside them, every other value as typed and the notes without the NUL; nothing is logged or audited. It answered
/// the 400 status page, which lost everything typed.
/// </summary>
public abstract class NulInFormTests(TestApp app)
{
    private const string Url = "/Engagement/Interactions/Edit";

    [Fact]
    public async Task Notes_holding_a_nul_come_back_refused_beside_the_field_with_the_rest_kept_and_nothing_logged()
    {
        var (hcp, npi) = await EngagementData.Hcp(app);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var form = await msl.Pages.GetStringAsync(Url);
        var before = await Counts(hcp);

        var response = await msl.Pages.PostAsync(Url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
            ["Input.Kind"] = "ScientificExchange", ["Input.Channel"] = "Phone", ["Input.OccurredAt"] = "2026-02-03T10:00",
            ["Input.DurationMinutes"] = "45", ["Input.Place"] = "Clinic café", ["Input.Npis"] = npi, ["Input.Topics"] = "dosing, renal",
            ["Input.Notes"] = "Asked about renal\0 dosing 🧪.", ["Input.FollowUps[0].Description"] = "Send the label",
            ["Input.FollowUps[0].DueOn"] = "2026-02-10",
        }));

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, page);
        const string reason = "Notes held a NUL character (U+0000), which no text field can store.";
        Assert.Contains("class=\"error-summary\"", page);
        Assert.Contains($"<li data-field=\"Input_Notes\">{reason}", page);
        Assert.Matches("<textarea id=\"Input_Notes\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"Input_Notes-error\"", page);
        Assert.Contains($"<span class=\"field-error\" id=\"Input_Notes-error\">{reason}", page);
        // The NUL is taken out, not shown as U+FFFD: the notes read as they looked when pasted.
        Assert.Contains(">Asked about renal dosing 🧪.</textarea>", page);
        Assert.DoesNotContain('\0', page);
        Assert.DoesNotContain('\uFFFD', page);
        foreach (var kept in (string[])["value=\"45\"", "value=\"Clinic café\"", $">{npi}</textarea>", "value=\"dosing, renal\"",
                     "value=\"Send the label\"", "value=\"2026-02-10\"", "value=\"2026-02-03T10:00\""])
            Assert.Contains(kept, page);
        Assert.Single(Refusals(page));
        Assert.Equal(before, await Counts(hcp));
    }

    [Fact]
    public async Task A_nul_in_a_fields_name_still_answers_the_status_page()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var form = await msl.Pages.GetStringAsync(Url);
        var response = await msl.Pages.PostAsync(Url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
            ["Input.No\0tes"] = "fine",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Error 400", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Refusals(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "<li data-field=\"[^\"]*\">").Select(m => m.Value);

    /// <summary>The HCP's interactions and the workspace's audit entries: a refused form writes neither.</summary>
    private Task<(int Interactions, long Audit)> Counts(Guid hcp) => app.Db(async db =>
        (await db.InteractionAttendees.CountAsync(a => a.HcpId == hcp), await db.AuditEntries.LongCountAsync()));
}

public sealed class NulInFormOnSqlite(SqliteApp app) : NulInFormTests(app), IClassFixture<SqliteApp>;

public sealed class NulInFormOnPostgres(PostgresApp app) : NulInFormTests(app), IClassFixture<PostgresApp>;
