using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>Lists and reminders say whom an interaction was with: the first three attendees by surname, and how many in all.</summary>
public abstract class AttendeeNamesTests(TestApp app)
{
    [Fact]
    public async Task A_list_names_the_first_three_attendees_by_surname_and_counts_them_all()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var hcps = new List<Guid>();
        foreach (var surname in new[] { "Zulu", "Bravo", "Mike", "Alpha", "Echo" }) hcps.Add((await Hcp(app, surname + tag)).Id);
        var (body, _) = await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, hcps, kind: "Roundtable")));

        var timeline = await Json.Read(await msl.GetAsync($"/api/v1/hcps/{hcps[0]}/interactions"));
        var item = timeline["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == body["id"]!.GetValue<string>())!;
        Assert.Equal(5, item["attendees"]!.GetValue<int>());
        Assert.Equal([$"Alex Alpha{tag}", $"Alex Bravo{tag}", $"Alex Echo{tag}"],
            item["attendeeNames"]!.AsArray().Select(n => n!.GetValue<string>()));

        var mine = await Json.Read(await msl.GetAsync("/api/v1/interactions?mine=true&pageSize=100"));
        Assert.Contains(mine["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == body["id"]!.GetValue<string>()
            && i["attendeeNames"]!.AsArray().Count == 3);
    }

    [Fact]
    public async Task A_follow_up_due_says_whom_the_interaction_was_with()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var surname = "Whom" + Guid.NewGuid().ToString("N")[..6];
        var (hcp, _) = await Hcp(app, surname);
        var (body, _) = await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp])));

        var due = (await Json.Read(await msl.GetAsync("/api/v1/follow-ups/due?days=30"))).AsArray();
        var followUp = due.Single(f => f!["interactionId"]!.GetValue<string>() == body["id"]!.GetValue<string>())!;
        Assert.Equal(1, followUp["with"]!["count"]!.GetValue<int>());
        Assert.Equal($"Alex {surname}", followUp["with"]!["names"]![0]!.GetValue<string>());
    }
}

public sealed class AttendeeNamesOnSqlite(SqliteApp app) : AttendeeNamesTests(app), IClassFixture<SqliteApp>;

public sealed class AttendeeNamesOnPostgres(PostgresApp app) : AttendeeNamesTests(app), IClassFixture<PostgresApp>;
