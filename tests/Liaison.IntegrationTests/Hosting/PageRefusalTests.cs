using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// Pages refuse a NUL character in a query parameter as the API does, before any handler passes it to the database
/// (the directory search answered 200 with it); a NUL in a posted field refuses that field on the form itself; a refused
/// form post shows the status page: it answered an empty 400, as the status page was re-executed as a POST and asked for
/// the antiforgery token again.
/// </summary>
public abstract class PageRefusalTests(TestApp app)
{
    [Theory]
    [InlineData("/Directory?q=smi%00th", "q")]
    [InlineData("/Directory?city=%00", "city")]
    [InlineData("/Compliance/Audit?actor=a%00", "actor")]
    public async Task A_nul_in_a_page_query_is_a_400_page_naming_it(string url, string field)
    {
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        var response = await admin.Pages.GetAsync(url);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{field}: The value holds a NUL character", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_in_a_form_field_refuses_that_field_on_the_form_itself_and_nothing_is_stored()
    {
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        const string url = "/Products/Areas/Edit";
        var form = await admin.Pages.GetStringAsync(url);
        var code = $"N{Guid.NewGuid():N}"[..10].ToUpperInvariant();
        var response = await admin.Pages.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Code"] = code, ["Input.Name"] = "Nul\0Area", ["Input.Description"] = "x",
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
        }));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<li data-field=\"Input_Name\">Name held a NUL character (U+0000)", page, StringComparison.Ordinal);
        Assert.Contains("value=\"NulArea\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{code}\"", page, StringComparison.Ordinal);
        Assert.False(await app.Db(db => db.TherapeuticAreas.AnyAsync(a => a.Code == code)));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_shows_the_status_page()
    {
        var response = await app.Client().PostAsync("/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@b.c", ["Input.Password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Error 400", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class PageRefusalOnSqlite(SqliteApp app) : PageRefusalTests(app), IClassFixture<SqliteApp>;

public sealed class PageRefusalOnPostgres(PostgresApp app) : PageRefusalTests(app), IClassFixture<PostgresApp>;
