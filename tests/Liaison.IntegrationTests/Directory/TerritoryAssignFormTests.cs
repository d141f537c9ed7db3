using System.Net;
using Liaison.Core.Directory.Territories;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Engagement;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// Assigning an HCP to a territory by NPI: a refusal is shown on the page with the NPI typed and why, beside the field, the
/// territory's own form as held; it was a flash after a redirect that dropped the NPI.
/// </summary>
public abstract class TerritoryAssignFormTests(TestApp app)
{
    private async Task<(HttpResponseMessage Response, Guid Territory)> Assign(string npi)
    {
        var name = $"Territory {Guid.NewGuid():N}"[..30];
        var territory = await app.InScope(async sp => (await sp.GetRequiredService<SaveTerritory.Handler>()
            .Create(new SaveTerritory.Fields(name, "North-east", null, [new TerritoryRuleView(TerritoryRuleKind.State, "VT")]), default)).Value!.Id);
        var manager = await DashboardUsers.SignIn(app, Roles.MslManager);
        var url = $"/Directory/Territories/Edit/{territory}";
        var page = await manager.Pages.GetStringAsync(url);
        var response = await manager.Pages.PostAsync($"{url}?handler=Assign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(page).Groups[1].Value, ["npi"] = npi,
        }));
        return (response, territory);
    }

    [Theory]
    [InlineData("", "Enter the NPI of the HCP to assign.")]
    [InlineData("12345abc", "“12345abc” is not an NPI (10 digits).")]
    [InlineData("1234567893", "An HCP with NPI 1234567893 was not found.")]
    public async Task A_refused_npi_is_said_beside_the_field_and_kept(string npi, string why)
    {
        var (response, territory) = await Assign(npi);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("class=\"error-summary\"", page);
        Assert.Contains($"<li data-field=\"npi\">{why}</li>", page);
        Assert.Contains($"<span class=\"field-error\" id=\"npi-error\">{why}</span>", page);
        Assert.Contains($"value=\"{npi}\"", page);
        Assert.Contains("North-east", page); // the territory's own form, as held
        Assert.DoesNotContain("<li data-field=\"Name\">", page); // the territory form, not posted, is not refused
        Assert.Equal(0, await app.Db(db => db.TerritoryAssignments.CountAsync(a => a.TerritoryId == territory)));
    }

    [Fact]
    public async Task An_npi_held_with_a_nul_pasted_into_it_is_refused_not_assigned()
    {
        // Once the NUL is out the NPI is one the directory holds: only the NUL's own refusal stopped the assignment.
        var (_, npi) = await EngagementData.Hcp(app);
        var (response, territory) = await Assign(npi.Insert(5, "\0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<li data-field=\"npi\">NPI held a NUL character (U+0000)", page);
        Assert.Contains($"value=\"{npi}\"", page);
        Assert.Equal(0, await app.Db(db => db.TerritoryAssignments.CountAsync(a => a.TerritoryId == territory)));
    }

    [Fact]
    public async Task An_npi_held_is_assigned()
    {
        var (_, npi) = await EngagementData.Hcp(app);
        var (response, territory) = await Assign(npi);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await app.Db(db => db.TerritoryAssignments.CountAsync(a => a.TerritoryId == territory)));
    }
}

public sealed class TerritoryAssignFormOnSqlite(SqliteApp app) : TerritoryAssignFormTests(app), IClassFixture<SqliteApp>;

public sealed class TerritoryAssignFormOnPostgres(PostgresApp app) : TerritoryAssignFormTests(app), IClassFixture<PostgresApp>;
