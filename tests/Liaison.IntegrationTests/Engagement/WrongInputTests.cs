using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>Inputs once accepted and quietly wrong: each is now a 400 naming what to change.</summary>
public abstract class WrongInputTests(TestApp app)
{
    [Fact]
    public async Task A_request_about_an_archived_product_is_a_400_unless_received_before_the_archiving()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var product = await Product(app);
        var archivedAt = Yesterday(app);
        await app.Db(async db =>
        {
            (await db.Products.FindAsync(product))!.ArchivedAt = archivedAt;
            return await db.SaveChangesAsync();
        });
        object Request(DateTime receivedAt) => new
        {
            requesterHcpId = hcp, question = "Any data in renal impairment?", productId = product, unsolicitedAttested = true, receivedAt,
        };

        var refused = await msl.PostJson("/api/v1/unsolicited-requests", Request(archivedAt.AddHours(1)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("was archived on", (await Json.Read(refused))["errors"]!["productId"]![0]!.GetValue<string>());
        await Created(await msl.PostJson("/api/v1/unsolicited-requests", Request(archivedAt.AddDays(-3))));
    }

    [Theory]
    [InlineData(-5, HttpStatusCode.BadRequest)]
    [InlineData(366, HttpStatusCode.BadRequest)]
    [InlineData(100000, HttpStatusCode.BadRequest)]
    [InlineData(0, HttpStatusCode.OK)]
    [InlineData(365, HttpStatusCode.OK)]
    public async Task Follow_ups_are_looked_ahead_0_to_365_days_and_other_numbers_are_refused_not_clamped(int days, HttpStatusCode expected)
    {
        var response = await (await app.ClientFor(Roles.Msl)).GetAsync($"/api/v1/follow-ups/due?days={days}");
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest) Assert.NotNull((await Json.Read(response))["errors"]!["days"]);
    }

    [Theory]
    [InlineData(Roles.Msl, "/api/v1/events?from=2027-01-01&to=2020-01-01")]
    [InlineData(Roles.Msl, "/api/v1/interactions?from=2030-01-01&to=2020-01-01")]
    [InlineData(Roles.Compliance, "/api/v1/audit?from=2027-01-01&to=2020-01-01")]
    public async Task A_period_that_starts_after_it_ends_is_a_400_not_an_empty_list(string role, string url)
    {
        var client = await app.ClientFor(role);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]!["from"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url.Replace("from=20", "from=19", StringComparison.Ordinal)
            .Replace("to=2020", "to=2099", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task An_amendment_that_changes_nothing_is_a_400_and_is_not_counted()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var fields = Interaction(app, [hcp], notes: "Discussed the phase 3 data.");
        var (body, etag) = await Created(await msl.PostJson("/api/v1/interactions", fields));
        var url = $"/api/v1/interactions/{body["id"]}";
        var signed = await Send(msl, HttpMethod.Post, url + "/signature", etag);

        var same = await Send(msl, HttpMethod.Post, url + "/amendments", signed.Headers.ETag!.Tag, new { reason = "Re-reading it.", interaction = fields });
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("Nothing changed", (await Json.Read(same))["detail"]!.GetValue<string>());
        Assert.Equal(0, (await Json.Read(await msl.GetAsync(url)))["amendmentCount"]!.GetValue<int>());
        Assert.Empty((await Json.Read(await msl.GetAsync(url + "/amendments"))).AsArray());

        var changed = await Send(msl, HttpMethod.Post, url + "/amendments", signed.Headers.ETag!.Tag,
            new { reason = "Added the dosing question.", interaction = Interaction(app, [hcp], notes: "Discussed the phase 3 data and dosing.") });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }
}

public sealed class WrongInputOnSqlite(SqliteApp app) : WrongInputTests(app), IClassFixture<SqliteApp>;

public sealed class WrongInputOnPostgres(PostgresApp app) : WrongInputTests(app), IClassFixture<PostgresApp>;
