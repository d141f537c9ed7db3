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
    [InlineData("{\"start\":", "$.start")]
    [InlineData("{\"pre\":\"abc\"}", "$.pre")]
    [InlineData("[]", "$")]
    public async Task A_malformed_analysis_request_is_a_400_naming_where(string body, string field)
    {
        var client = await app.ClientFor(Roles.Viewer);
        var response = await client.PostAsync($"/api/v1/initiatives/{Guid.NewGuid()}/analysis", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]![field]);
    }

    [Theory]
    [InlineData("\"followUps\": [null]")]
    [InlineData("\"topics\": [null]")]
    [InlineData("\"hcpIds\": [null]")]
    public async Task A_null_in_a_list_is_a_400(string part)
    {
        var (hcp, _) = await EngagementData.Hcp(app);
        var body = $"{{\"kind\":\"ScientificExchange\",\"channel\":\"InPerson\",\"occurredAt\":\"2026-02-27T10:00:00Z\",\"hcpIds\":[\"{hcp}\"],{part}}}";
        body = body.Replace($"\"hcpIds\":[\"{hcp}\"],\"hcpIds\"", "\"hcpIds\"", StringComparison.Ordinal);
        var response = await (await app.ClientFor(Roles.Msl)).PostAsync("/api/v1/interactions", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    public async Task An_interaction_dated_outside_2000_to_a_year_ahead_is_a_400(string occurredAt)
    {
        var (hcp, _) = await EngagementData.Hcp(app);
        var body = $"{{\"kind\":\"ScientificExchange\",\"channel\":\"InPerson\",\"occurredAt\":\"{occurredAt}\",\"hcpIds\":[\"{hcp}\"]}}";
        var response = await (await app.ClientFor(Roles.Msl)).PostAsync("/api/v1/interactions", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]!["occurredAt"]);
    }

    [Fact]
    public async Task A_future_event_cannot_be_saved_as_held()
    {
        var starts = app.Clock.GetUtcNow().UtcDateTime.AddDays(10);
        var response = await (await app.ClientFor(Roles.Msl)).PostJson("/api/v1/events", new
        {
            kind = "EducationalSession", title = "Next month's session", startsAt = starts, endsAt = starts.AddHours(2), channel = "InPerson", status = "Held",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]!["status"]);
    }

    [Fact]
    public async Task A_territory_of_more_rules_than_any_needs_is_a_400()
    {
        var rules = Enumerable.Range(0, 5001).Select(i => new { kind = "Zip", value = i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) });
        var response = await (await app.ClientFor(Roles.MslManager)).PostJson("/api/v1/territories", new { name = $"Everywhere {Guid.NewGuid():N}", rules });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_null_list_reads_as_an_empty_one()
    {
        var (hcp, _) = await EngagementData.Hcp(app);
        var body = $"{{\"kind\":\"ScientificExchange\",\"channel\":\"InPerson\",\"occurredAt\":\"2026-02-27T10:00:00Z\",\"hcpIds\":[\"{hcp}\"],\"productIds\":null,\"followUps\":null}}";
        var response = await (await app.ClientFor(Roles.Msl)).PostAsync("/api/v1/interactions", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_material_uploaded_without_its_fields_is_a_400_naming_them()
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent("hello"u8.ToArray()), "file", "f.txt" } };
        var response = await (await app.ClientFor(Roles.MedicalInformation)).PostAsync("/api/v1/content", form);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        Assert.NotNull((await Json.Read(response))["errors"]!["documentCode"]);
    }

    [Theory]
    [InlineData("expiresOn", "garbage", "'garbage' is not a date such as 2026-03-02.")]
    [InlineData("offLabel", "maybe", "'maybe' is not true or false.")]
    public async Task A_material_field_that_does_not_parse_is_named_as_the_api_spells_it(string field, string value, string reason)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("hello"u8.ToArray()), "file", "f.txt" }, { new StringContent("Dosing guide"), "title" },
            { new StringContent(value), field },
        };
        var response = await (await app.ClientFor(Roles.MedicalInformation)).PostAsync("/api/v1/content", form);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        Assert.Equal(reason, (string?)(await Json.Read(response))["errors"]![field]![0]);
    }

    [Fact]
    public async Task A_multipart_body_without_its_boundary_is_a_400_about_the_form()
    {
        var body = new ByteArrayContent("title=x"u8.ToArray());
        body.Headers.ContentType = new("multipart/form-data");
        var response = await (await app.ClientFor(Roles.MedicalInformation)).PostAsync("/api/v1/content", body);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        Assert.StartsWith("The body is not a readable multipart form", (string?)(await Json.Read(response))["errors"]!["form"]![0]);
    }
}


public sealed class ApiBadInputOnSqlite(SqliteApp app) : ApiBadInputTests(app), IClassFixture<SqliteApp>;

public sealed class ApiBadInputOnPostgres(PostgresApp app) : ApiBadInputTests(app), IClassFixture<PostgresApp>;
