using System.Net;
using System.Text;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Directory;

/// <summary>
/// A change request's body names its HCPs and its kind: an absent or unknown one is a 400 naming the field (it was a 404
/// for the address, or silently a correction); a decision note over 2,000 characters is refused, not stored cut.
/// </summary>
public abstract class ChangeRequestInputTests(TestApp app)
{
    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("""{"kind":"Correction","proposedValues":{"Credentials":"MD"},"reason":"no hcp"}""", "hcpId")]
    [InlineData("""{"kind":"Correction","hcpId":"00000000-0000-0000-0000-000000000001","proposedValues":{"Credentials":"MD"},"reason":"unknown hcp"}""", "hcpId")]
    [InlineData("""{"kind":"Merge","hcpId":"{hcp}","duplicateHcpId":"00000000-0000-0000-0000-000000000001","reason":"unknown dup"}""", "duplicateHcpId")]
    [InlineData("""{"hcpId":"{hcp}","proposedValues":{"Credentials":"MD"},"reason":"no kind"}""", "kind")]
    public async Task A_missing_or_unknown_field_of_a_proposal_is_a_400_naming_it(string json, string field)
    {
        var (hcp, _) = await Hcp(app);
        var response = await (await app.ClientFor(Roles.Msl)).PostAsync("/api/v1/change-requests", Body(json.Replace("{hcp}", hcp.ToString(), StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.Read(response);
        Assert.True(problem["errors"]!.AsObject().Any(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)), problem.ToJsonString());
    }

    [Fact]
    public async Task A_decision_note_over_2000_characters_is_a_400_and_the_request_stays_pending()
    {
        var (hcp, _) = await Hcp(app);
        var proposed = await (await app.ClientFor(Roles.Msl)).PostAsync("/api/v1/change-requests",
            Body($$"""{"kind":"Correction","hcpId":"{{hcp}}","proposedValues":{"Credentials":"DO"},"reason":"Typo"}"""));
        var (request, etag) = await Created(proposed);
        var admin = await app.ClientFor(Roles.Admin);
        var url = $"/api/v1/change-requests/{request["id"]}";

        foreach (var decision in new[] { "approve", "reject" })
        {
            var refused = await Send(admin, HttpMethod.Post, $"{url}/{decision}?note={new string('n', 2001)}", etag);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotNull((await Json.Read(refused))["errors"]!["note"]);
        }
        Assert.Equal("Pending", (await Json.Read(await admin.GetAsync(url)))["status"]!.GetValue<string>());
        var rejected = await Send(admin, HttpMethod.Post, $"{url}/reject?note={new string('n', 2000)}", etag);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(2000, (await Json.Read(rejected))["decisionNote"]!.GetValue<string>().Length);
    }
}

public sealed class ChangeRequestInputOnSqlite(SqliteApp app) : ChangeRequestInputTests(app), IClassFixture<SqliteApp>;

public sealed class ChangeRequestInputOnPostgres(PostgresApp app) : ChangeRequestInputTests(app), IClassFixture<PostgresApp>;
