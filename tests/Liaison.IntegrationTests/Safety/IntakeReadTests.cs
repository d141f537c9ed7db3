using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Safety;

/// <summary>An intake read through the API carries its version as the ETag, as every versioned record's read does.</summary>
public abstract class IntakeReadTests(TestApp app)
{
    [Fact]
    public async Task A_read_intake_answers_its_version_as_the_etag()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (raised, _) = await Created(await msl.PostJson("/api/v1/safety/intakes", new
        {
            kind = "AdverseEvent", description = "Rash after the second dose.", awareAt = Yesterday(app),
        }));
        var read = await msl.GetAsync($"/api/v1/safety/intakes/{raised["id"]}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal($"\"{raised["version"]}\"", read.Headers.ETag?.Tag);
    }
}

public sealed class IntakeReadOnSqlite(SqliteApp app) : IntakeReadTests(app), IClassFixture<SqliteApp>;

public sealed class IntakeReadOnPostgres(PostgresApp app) : IntakeReadTests(app), IClassFixture<PostgresApp>;
