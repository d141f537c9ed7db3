using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Engagement;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// A body or parameter the API cannot read (malformed JSON, a wrong type, an unknown name, a date or GUID that does not
/// parse) is a validation problem naming the field and why, as a refused field is; it was a bare 400 naming neither.
/// </summary>
public abstract class ApiUnreadableInputTests(TestApp app)
{
    private const string Interaction = "\"kind\":\"ScientificExchange\",\"channel\":\"InPerson\",\"occurredAt\":\"2026-02-27T10:00:00Z\"";

    [Theory]
    [InlineData(Roles.Admin, "/api/v1/products", "{\"code\":", "$.code", "not valid JSON")]
    [InlineData(Roles.Admin, "/api/v1/products", "{\"code\":123,\"name\":\"x\"}", "$.code", "Expected a string.")]
    [InlineData(Roles.Admin, "/api/v1/products", "{\"code\":\"QA\",\"name\":\"QA \\ud800 product\"}", "$.name", "surrogate")]
    [InlineData(Roles.Admin, "/api/v1/products", "{\"code\":\"QA\",\"therapeuticAreaId\":\"xyz\"}", "$.therapeuticAreaId", "Expected a GUID")]
    [InlineData(Roles.Admin, "/api/v1/products", "[]", "$", "Expected a JSON object.")]
    [InlineData(Roles.Admin, "/api/v1/products", "null", "$", "A JSON object is required")]
    [InlineData(Roles.Msl, "/api/v1/interactions", "{\"kind\":\"Bogus\",\"channel\":\"InPerson\"}", "$.kind", "one of ScientificExchange")]
    [InlineData(Roles.Msl, "/api/v1/interactions", "{\"kind\":\"ScientificExchange\",\"occurredAt\":\"2026-13-45\"}", "$.occurredAt", "ISO 8601")]
    [InlineData(Roles.Msl, "/api/v1/interactions", "{" + Interaction + ",\"hcpIds\":[null]}", "$.hcpIds[0]", "Expected a GUID")]
    [InlineData(Roles.Msl, "/api/v1/interactions", "{" + Interaction + ",\"followUps\":[{\"dueOn\":\"soon\"}]}", "$.followUps[0].dueOn", "Expected a date such as")]
    [InlineData(Roles.Msl, "/api/v1/interactions", "{" + Interaction + ",\"topics\":\"one\"}", "$.topics", "list")]
    [InlineData(Roles.Msl, "/api/v1/interactions", "{" + Interaction + ",\"durationMinutes\":\"45\"}", "$.durationMinutes", "Expected")]
    public async Task An_unreadable_body_is_a_400_naming_its_json_path_and_why(string role, string url, string body, string field, string why)
    {
        var response = await (await app.ClientFor(role)).PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        await AssertNamed(response, field, why);
    }

    [Theory]
    [InlineData("/api/v1/products?therapeuticAreaId=xyz", "therapeuticAreaId", "'xyz' is not a GUID")]
    [InlineData("/api/v1/products?includeArchived=maybe", "includeArchived", "'maybe' is not true or false")]
    [InlineData("/api/v1/products?page=first", "page", "'first' is not a whole number")]
    [InlineData("/api/v1/follow-ups/due?days=abc", "days", "'abc' is not a whole number")]
    [InlineData("/api/v1/interactions?kind=Bogus", "kind", "one of ScientificExchange")]
    [InlineData("/api/v1/interactions?from=2026-13-45", "from", "ISO 8601")]
    public async Task An_unreadable_query_parameter_is_a_400_naming_it_and_why(string url, string field, string why) =>
        await AssertNamed(await (await app.ClientFor(Roles.Msl)).GetAsync(url), field, why);

    [Fact]
    public async Task A_long_unreadable_value_is_named_cut_short()
    {
        var response = await (await app.ClientFor(Roles.Msl)).GetAsync($"/api/v1/follow-ups/due?days={new string('9', 5000)}");
        var reason = await AssertNamed(response, "days", "is not a whole number");
        Assert.True(reason.Length < 200, reason);
    }

    private static async Task<string> AssertNamed(HttpResponseMessage response, string field, string why)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal("One or more fields are invalid.", problem["title"]!.GetValue<string>());
        var reasons = problem["errors"]?[field]?.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.True(reasons is [_], $"no single reason for {field}: {text}");
        Assert.Contains(why, reasons[0], StringComparison.Ordinal);
        Assert.Equal(reasons[0], problem["detail"]!.GetValue<string>());
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return reasons[0];
    }
}

public sealed class ApiUnreadableInputOnSqlite(SqliteApp app) : ApiUnreadableInputTests(app), IClassFixture<SqliteApp>;

public sealed class ApiUnreadableInputOnPostgres(PostgresApp app) : ApiUnreadableInputTests(app), IClassFixture<PostgresApp>;
