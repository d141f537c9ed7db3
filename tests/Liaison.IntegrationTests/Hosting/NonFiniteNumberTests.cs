using System.Net;
using System.Text;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// NaN and the infinities parse as numbers from a query string, a form or a command line (JSON cannot carry them): every
/// numeric input that takes a fraction refuses them in words naming the field. An infinite T1 threshold from the page
/// was taken (it is above T2), and then could not be saved as JSON.
/// </summary>
public abstract class NonFiniteNumberTests(TestApp app)
{
    public static TheoryData<string> NonFinite => ["NaN", "Infinity", "-Infinity", "%E2%88%9E"];

    [Theory]
    [MemberData(nameof(NonFinite))]
    public async Task A_search_radius_that_is_no_finite_number_is_a_400_naming_it(string value)
    {
        var response = await (await app.ClientFor(Roles.Msl)).GetAsync($"/api/v1/hcps?zip=77002&radiusKm={value}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.NotNull((await Json.Read(response))["errors"]?["radiusKm"]?[0]);
    }

    [Theory]
    [InlineData("{\"t1\":\"NaN\",\"t2\":50,\"t3\":10}", "$.t1")]
    [InlineData("{\"t1\":80,\"t2\":\"Infinity\",\"t3\":10}", "$.t2")]
    public async Task Thresholds_in_json_cannot_be_nan_or_infinite(string body, string field)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/kol/tier-thresholds")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"), Headers = { { "If-Match", "*" } },
        };
        var response = await (await app.ClientFor(Roles.Admin)).SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]?[field]?[0]);
    }

    [Theory]
    [InlineData("Infinity", "50", "10", "T1", "infinity")]
    [InlineData("80", "NaN", "10", "T2", "NaN (not a number)")]
    [InlineData("80", "50", "-Infinity", "T3", "minus infinity")]
    public async Task The_thresholds_page_refuses_a_threshold_that_is_no_finite_number_naming_it(string t1, string t2, string t3,
        string field, string words)
    {
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);
        const string url = "/Directory/Kol/Thresholds";
        var form = await admin.Pages.GetStringAsync(url);
        var response = await admin.Pages.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["T1"] = t1, ["T2"] = t2, ["T3"] = t3, ["Version"] = "0",
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
        }));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, page[..Math.Min(page.Length, 2000)]);
        Assert.Contains($"{field} must be a score from 0 to 100, not {words}.", page, StringComparison.Ordinal);
        var saved = await Json.Read(await (await app.ClientFor(Roles.Admin)).GetAsync("/api/v1/kol/tier-thresholds"));
        Assert.Equal(0, saved["version"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("impact", "analyze", "--caliper", "NaN")]
    [InlineData("import", "outcomes", "--positive-min", "-Infinity")]
    public async Task The_cli_refuses_a_number_option_that_is_no_finite_number_naming_it(string verb, string noun, string option, string value)
    {
        var run = await Infrastructure.Cli.Liaison(app.Database, verb, noun, option, value);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"{option} must be a finite number, not", run.Stderr + run.Stdout, StringComparison.Ordinal);
    }
}

public sealed class NonFiniteNumberOnSqlite(SqliteApp app) : NonFiniteNumberTests(app), IClassFixture<SqliteApp>;

public sealed class NonFiniteNumberOnPostgres(PostgresApp app) : NonFiniteNumberTests(app), IClassFixture<PostgresApp>;
