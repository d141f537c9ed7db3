using System.Text.Json.Nodes;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Engagement.Profile;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>The HCP profile's interaction timeline at and past its limit: the newest shown, every one counted.</summary>
public abstract class ProfileTimelineTests(TestApp app)
{
    private async Task<JsonNode> Timeline(HttpClient client, Guid hcp) =>
        (await Json.Read(await client.GetAsync($"/api/v1/hcps/{hcp}")))["sections"]!.AsArray()
        .Single(s => s!["key"]!.GetValue<string>() == "interactions")!["data"]!;

    private Task Log(Guid hcp, string owner, int count, DateTime from) => app.Db(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            var interaction = new Interaction
            {
                Id = Guid.CreateVersion7(), Kind = InteractionKind.ScientificExchange, Channel = InteractionChannel.InPerson,
                OccurredAt = from.AddHours(i), DurationMinutes = 30, OwnerId = owner, Topics = ["Biomarkers"],
                Status = InteractionStatus.Signed, CreatedAt = from, UpdatedAt = from,
            };
            db.Interactions.Add(interaction);
            db.InteractionAttendees.Add(new InteractionAttendee { Id = Guid.CreateVersion7(), InteractionId = interaction.Id, HcpId = hcp });
        }
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task At_the_limit_all_are_shown_and_past_it_the_newest_are_shown_and_all_counted()
    {
        const int limit = InteractionsProfileSection.Limit;
        var (client, me, _) = await app.UserClient(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var start = DateTime.UtcNow.Date.AddYears(-1);
        await Log(hcp, me, limit, start);

        var atLimit = await Timeline(client, hcp);
        Assert.Equal((limit, limit), (atLimit["total"]!.GetValue<int>(), atLimit["shown"]!.GetValue<int>()));
        Assert.Equal(limit, atLimit["timeline"]!.AsArray().Count);

        await Log(hcp, me, 2, start.AddYears(-1)); // two older ones
        var past = await Timeline(client, hcp);
        Assert.Equal((limit + 2, limit), (past["total"]!.GetValue<int>(), past["shown"]!.GetValue<int>()));
        var shown = past["timeline"]!.AsArray().Select(i => i!["occurredAt"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(limit, shown.Count);
        Assert.True(shown.Min() >= start, "the newest are shown");
        Assert.Equal(shown.OrderDescending(), shown);
    }
}

public sealed class ProfileTimelineOnSqlite(SqliteApp app) : ProfileTimelineTests(app), IClassFixture<SqliteApp>;

public sealed class ProfileTimelineOnPostgres(PostgresApp app) : ProfileTimelineTests(app), IClassFixture<PostgresApp>;
