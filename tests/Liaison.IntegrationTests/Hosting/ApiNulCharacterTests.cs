using System.Net;
using System.Text;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Engagement;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// A NUL character (<c>\u0000</c>) in any string of a JSON body is a 400 naming its place, as the importers refuse it:
/// it was stored on SQLite and a 500 on PostgreSQL, whose text cannot hold it.
/// </summary>
public abstract class ApiNulCharacterTests(TestApp app)
{
    [Theory]
    [InlineData(Roles.Admin, "/api/v1/products", "{\"code\":\"NUL-1\",\"name\":\"QA\\u0000product\",\"genericName\":\"qa\"}", "$.name")]
    [InlineData(Roles.Admin, "/api/v1/therapeutic-areas", "{\"code\":\"NUL-2\",\"name\":\"Area\\u0000\"}", "$.name")]
    [InlineData(Roles.Viewer, "/api/v1/initiatives/01a21ac0-cb2b-7a8c-9a95-be4c174e05ba/analysis", "{\"design\":\"did\\u0000\"}", "$.design")]
    public async Task A_nul_in_a_field_is_a_400_naming_it(string role, string url, string body, string field)
    {
        var response = await (await app.ClientFor(role)).PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        await AssertRefused(response, field);
    }

    [Theory]
    [InlineData("\"notes\":\"a\\u0000b\"", "$.notes")]
    [InlineData("\"topics\":[\"fine\",\"x\\u0000y\"]", "$.topics[1]")]
    [InlineData("\"followUps\":[{\"description\":\"Call\\u0000 back\",\"dueOn\":\"2026-03-09\"}]", "$.followUps[0].description")]
    public async Task A_nul_in_an_interaction_is_a_400_and_nothing_is_stored(string part, string field)
    {
        var (hcp, _) = await EngagementData.Hcp(app);
        var body = $"{{\"kind\":\"ScientificExchange\",\"channel\":\"InPerson\",\"occurredAt\":\"2026-02-27T10:00:00Z\",\"hcpIds\":[\"{hcp}\"],{part}}}";
        var response = await (await app.ClientFor(Roles.Msl)).PostAsync("/api/v1/interactions", new StringContent(body, Encoding.UTF8, "application/json"));
        await AssertRefused(response, field);
        Assert.False(await app.Db(db => db.Interactions.AnyAsync(i => i.Attendees.Any(a => a.HcpId == hcp))));
    }

    private static async Task AssertRefused(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var reason = (await Json.Read(response))["errors"]?[field]?[0]?.GetValue<string>();
        Assert.True(reason is not null, text);
        Assert.Contains("NUL", reason, StringComparison.Ordinal);
    }
}

public sealed class ApiNulCharacterOnSqlite(SqliteApp app) : ApiNulCharacterTests(app), IClassFixture<SqliteApp>;

public sealed class ApiNulCharacterOnPostgres(PostgresApp app) : ApiNulCharacterTests(app), IClassFixture<PostgresApp>;
