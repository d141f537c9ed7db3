using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Directory;

/// <summary>Every list under an HCP's address answers 404 for an HCP that does not exist, not an empty list.</summary>
public abstract class UnknownHcpTests(TestApp app)
{
    [Theory]
    [InlineData("consents")]
    [InlineData("territories")]
    [InlineData("prescribing")]
    [InlineData("interactions")]
    [InlineData("transfers-of-value")]
    [InlineData("external-payments")]
    [InlineData("congress-presentations")]
    [InlineData("kol")]
    public async Task A_list_of_an_unknown_hcp_is_a_404_and_of_a_known_one_a_200(string list)
    {
        var msl = await app.ClientFor(Roles.Msl);
        var unknown = await msl.GetAsync($"/api/v1/hcps/00000000-0000-0000-0000-000000000001/{list}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("The HCP was not found.", (await Json.Read(unknown))["detail"]!.GetValue<string>());
        var (hcp, _) = await Hcp(app);
        Assert.Equal(HttpStatusCode.OK, (await msl.GetAsync($"/api/v1/hcps/{hcp}/{list}")).StatusCode);
    }
}

public sealed class UnknownHcpOnSqlite(SqliteApp app) : UnknownHcpTests(app), IClassFixture<SqliteApp>;

public sealed class UnknownHcpOnPostgres(PostgresApp app) : UnknownHcpTests(app), IClassFixture<PostgresApp>;
