using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// A successful delete answers 204 No Content on every route and says so in the API document: one answered 200 with the
/// removed record, the others 204.
/// </summary>
public abstract class ApiDeleteTests(TestApp app)
{
    [Fact]
    public async Task Every_delete_in_the_document_answers_204_and_no_200()
    {
        var doc = await Json.Read(await app.Client().GetAsync("/openapi/v1.json"));
        var deletes = doc["paths"]!.AsObject().Where(p => p.Value!["delete"] is not null)
            .Select(p => (Path: p.Key, Responses: p.Value!["delete"]!["responses"]!.AsObject().Select(r => r.Key).ToList())).ToList();
        Assert.True(deletes.Count >= 4, $"only {deletes.Count} deletes were found");
        foreach (var (path, responses) in deletes)
        {
            Assert.True(responses.Contains("204"), $"DELETE {path} does not declare 204: {string.Join(", ", responses)}");
            Assert.False(responses.Contains("200"), $"DELETE {path} declares 200");
        }
    }

    [Fact]
    public async Task Revoking_the_calendar_feed_answers_204_without_a_body()
    {
        var msl = await app.ClientFor(Roles.Msl);
        Assert.Equal(HttpStatusCode.OK, (await msl.PostAsync("/api/v1/calendar-feed", null)).StatusCode);
        var revoked = await msl.DeleteAsync("/api/v1/calendar-feed");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Empty(await revoked.Content.ReadAsByteArrayAsync());
    }
}

public sealed class ApiDeleteOnSqlite(SqliteApp app) : ApiDeleteTests(app), IClassFixture<SqliteApp>;

public sealed class ApiDeleteOnPostgres(PostgresApp app) : ApiDeleteTests(app), IClassFixture<PostgresApp>;
