using System.Net;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// The profile's quick capture logs what was picked or nothing: a kind it cannot read no longer logs the first kind, and a
/// refusal shows the full interaction form with what was typed and why instead of a flash that lost the notes.
/// </summary>
public abstract class QuickCaptureTests(TestApp app)
{
    private const string Url = "/Engagement/Interactions/Edit?handler=Quick";

    private async Task<(HttpResponseMessage Response, Guid Hcp)> Capture(string kind, string topics, string notes)
    {
        var (hcp, _) = await EngagementData.Hcp(app);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var profile = await msl.Pages.GetStringAsync($"/Directory/Profile/{hcp}");
        var response = await msl.Pages.PostAsync(Url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(profile).Groups[1].Value,
            ["hcpId"] = hcp.ToString(), ["kind"] = kind, ["channel"] = "Phone", ["topics"] = topics, ["notes"] = notes,
        }));
        return (response, hcp);
    }

    private Task<int> Logged(Guid hcp) => app.Db(db => db.InteractionAttendees.CountAsync(a => a.HcpId == hcp));

    [Fact]
    public async Task A_kind_not_among_the_choices_logs_nothing_and_the_full_form_keeps_the_notes()
    {
        var (response, hcp) = await Capture("not-a-kind", "dosing", "Asked about renal dosing 🧪.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("class=\"error-summary\"", page);
        Assert.Contains("The value 'not-a-kind' is not valid", page);
        Assert.Contains("data-field=\"Input_Kind\"", page);
        Assert.Contains("Asked about renal dosing 🧪.", page);
        Assert.Equal(0, await Logged(hcp));
    }

    [Fact]
    public async Task Topics_longer_than_the_full_form_takes_are_refused_on_the_full_form_with_the_notes_kept()
    {
        var (response, hcp) = await Capture(nameof(InteractionKind.ScientificExchange), new string('t', 1_001), "Renal dosing.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-field=\"Input_Topics\"", page);
        Assert.Contains("Renal dosing.", page);
        Assert.Equal(0, await Logged(hcp));
    }

    [Fact]
    public async Task A_readable_capture_is_logged_as_a_draft_of_the_kind_picked()
    {
        var (response, hcp) = await Capture(nameof(InteractionKind.ScientificExchange), "dosing, renal", "Asked about renal dosing 🧪.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Engagement/Interactions/Details/", response.Headers.Location!.OriginalString);
        var logged = await app.Db(db => db.Interactions.Where(i => i.Attendees.Any(a => a.HcpId == hcp))
            .Select(i => new { i.Kind, i.Channel, i.Notes }).SingleAsync());
        Assert.Equal((InteractionKind.ScientificExchange, InteractionChannel.Phone, "Asked about renal dosing 🧪."), (logged.Kind, logged.Channel, logged.Notes));
    }
}

public sealed class QuickCaptureOnSqlite(SqliteApp app) : QuickCaptureTests(app), IClassFixture<SqliteApp>;

public sealed class QuickCaptureOnPostgres(PostgresApp app) : QuickCaptureTests(app), IClassFixture<PostgresApp>;
