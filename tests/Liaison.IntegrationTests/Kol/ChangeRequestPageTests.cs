using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Kol;

/// <summary>
/// The admin's decision page: a decision refused (the request changed since the page was read) comes back on the
/// request's own row with the note as typed and why, and decides nothing; made again on the page as it is now, it goes
/// through.
/// </summary>
public abstract partial class ChangeRequestPageTests(KolApp app)
{
    [Fact]
    public async Task A_refused_decision_keeps_its_note_on_its_row_and_the_page_as_it_is_now_decides_it()
    {
        var wiebe = await KolScenario.HcpId(app, KolScenario.WiebeNpi);
        var msl = await app.ClientFor(Roles.Msl);
        var proposed = await msl.PostAsJsonAsync("/api/v1/change-requests", new
        {
            kind = "Correction", hcpId = wiebe, proposedValues = new Dictionary<string, string?> { ["Credentials"] = "MD, PhD" },
            reason = "PhD listed on the hospital's faculty page.",
        });
        var id = (await Json.Read(proposed))["id"]!.GetValue<string>();
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        var page = await admin.Pages.GetStringAsync("/Directory/ChangeRequests");
        var version = long.Parse(VersionOf(id).Match(page).Groups[1].Value);
        const string note = "Checked against the faculty page & the state licence.";

        var refused = await Decide(admin, page, id, version + 7, note);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var field = $"note-{id}";
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains($"<li data-field=\"{field}\">", html);
        Assert.Matches($"<input id=\"{field}\" name=\"note\"[^>]*value=\"{Regex.Escape(note)}\"[^>]*aria-invalid=\"true\" aria-describedby=\"{field}-error\"", html);
        Assert.Contains("Someone changed this request since you read the page", Regex.Match(html, $"id=\"{field}-error\">([^<]*)<").Groups[1].Value);
        Assert.Single(Regex.Matches(html, "aria-invalid=\"true\""));
        Assert.DoesNotContain("class=\"flash\"", html);
        Assert.Equal("Pending", (await Json.Read(await msl.GetAsync($"/api/v1/change-requests/{id}")))["status"]!.GetValue<string>());

        var again = await Decide(admin, html, id, long.Parse(VersionOf(id).Match(html).Groups[1].Value), note);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var decided = await Json.Read(await msl.GetAsync($"/api/v1/change-requests/{id}"));
        Assert.Equal(("Approved", note), (decided["status"]!.GetValue<string>(), decided["decisionNote"]!.GetValue<string>()));
    }

    private static Task<HttpResponseMessage> Decide(DashboardUser admin, string page, string id, long version, string note) =>
        admin.Pages.PostAsync("/Directory/ChangeRequests?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(page).Groups[1].Value,
            ["id"] = id, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = note,
        }));

    private static Regex VersionOf(string id) => new($"name=\"id\" value=\"{id}\" />\\s*<input type=\"hidden\" name=\"version\" value=\"([0-9]+)\"");
}

public sealed class ChangeRequestPageOnSqlite(KolSqliteApp app) : ChangeRequestPageTests(app), IClassFixture<KolSqliteApp>;

public sealed class ChangeRequestPageOnPostgres(KolPostgresApp app) : ChangeRequestPageTests(app), IClassFixture<KolPostgresApp>;
