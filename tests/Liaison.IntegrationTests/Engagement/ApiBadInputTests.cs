using System.Net;
using System.Text;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>Inputs a QA pass found answered with 500: each is now a 400 naming its field, or an ordinary answer.</summary>
public abstract class ApiBadInputTests(TestApp app)
{
    [Theory]
    [InlineData("/api/v1/transfers-of-value?year=9999")]
    [InlineData("/api/v1/transfers-of-value/totals?year=0")]
    [InlineData("/api/v1/engagement/summary?year=0")]
    [InlineData("/api/v1/engagement/summary?year=-1")]
    public async Task A_year_out_of_range_is_a_400_naming_year(string url)
    {
        var response = await (await app.ClientFor(Roles.Compliance)).GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]!["year"]);
    }

    [Theory]
    [InlineData("q=%F0%9F%98%80")]
    [InlineData("q=abc%F0%9F%98%80")]
    [InlineData("city=%F0%9F%98%80")]
    public async Task An_emoji_in_a_search_is_no_error(string query) =>
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientFor(Roles.Msl)).GetAsync($"/api/v1/hcps?{query}")).StatusCode);

    [Theory]
    [InlineData("{\"start\":", "start")]
    [InlineData("{\"pre\":\"abc\"}", "pre")]
    [InlineData("[]", "body")]
    public async Task A_malformed_analysis_request_is_a_400_naming_where(string body, string field)
    {
        var client = await app.ClientFor(Roles.Viewer);
        var response = await client.PostAsync($"/api/v1/initiatives/{Guid.NewGuid()}/analysis", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]![field]);
    }
}

public sealed class ApiBadInputOnSqlite(SqliteApp app) : ApiBadInputTests(app), IClassFixture<SqliteApp>;

public sealed class ApiBadInputOnPostgres(PostgresApp app) : ApiBadInputTests(app), IClassFixture<PostgresApp>;
