using System.Net;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>The content rules at the API: approval, expiry and the off-label licence of an unsolicited request.</summary>
public abstract class MaterialGatingApiTests(TestApp app)
{
    [Fact]
    public async Task Off_label_material_without_an_unsolicited_request_is_refused_with_a_clear_message()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var product = await Product(app);
        var offLabel = await Material(app, product, offLabel: true, title: "Exploratory data");
        var response = await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp], [product], [offLabel]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.Read(response);
        Assert.Contains("off-label", problem["detail"]!.GetValue<string>());
        Assert.Contains("unsolicited request", problem["errors"]!["materialIds"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Off_label_material_answering_an_attendees_unsolicited_request_is_accepted_and_another_products_is_not()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var product = await Product(app);
        var other = await Product(app);
        var offLabel = await Material(app, product, offLabel: true);
        // Received the day before the interaction (yesterday): the question it answers was already asked.
        var request = await Created(await msl.PostJson("/api/v1/unsolicited-requests",
            new { requesterHcpId = hcp, question = "Any data in renal impairment?", productId = product, unsolicitedAttested = true,
                receivedAt = Yesterday(app).AddDays(-1) }));
        var requestId = Guid.Parse(request.Body["id"]!.GetValue<string>());
        await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp], [product], [offLabel], requestId: requestId)));

        // A request received today cannot be what yesterday's interaction answered.
        var later = await Created(await msl.PostJson("/api/v1/unsolicited-requests",
            new { requesterHcpId = hcp, question = "And in hepatic impairment?", productId = product, unsolicitedAttested = true }));
        var tooLate = await msl.PostJson("/api/v1/interactions",
            Interaction(app, [hcp], [product], [offLabel], requestId: Guid.Parse(later.Body["id"]!.GetValue<string>())));
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("after this interaction", (await Json.Read(tooLate))["detail"]!.GetValue<string>());

        var wrongProduct = await Material(app, other, offLabel: true);
        var refused = await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp], [other], [wrongProduct], requestId: requestId));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("another product", (await Json.Read(refused))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_not_attested_as_unsolicited_is_not_recorded()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var response = await msl.PostJson("/api/v1/unsolicited-requests",
            new { requesterHcpId = hcp, question = "Any data?", productId = await Product(app), unsolicitedAttested = false });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(ApprovalStatus.Draft, 365, "not approved")]
    [InlineData(ApprovalStatus.Withdrawn, 365, "not approved")]
    [InlineData(ApprovalStatus.Approved, -10, "expired")]
    public async Task Unapproved_or_expired_material_cannot_be_attached(ApprovalStatus status, int expiresInDays, string reason)
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var product = await Product(app);
        var material = await Material(app, product, status, expiresInDays: expiresInDays);
        var response = await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp], [product], [material]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await Json.Read(response))["detail"]!.GetValue<string>());
    }
}

public sealed class MaterialGatingApiOnSqlite(SqliteApp app) : MaterialGatingApiTests(app), IClassFixture<SqliteApp>;

public sealed class MaterialGatingApiOnPostgres(PostgresApp app) : MaterialGatingApiTests(app), IClassFixture<PostgresApp>;
