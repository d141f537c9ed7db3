using System.Net;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>Whose interactions an MSL and a manager see: territories and teams.</summary>
public abstract class InteractionVisibilityTests(TestApp app)
{
    private static async Task<int> Total(HttpClient client, Guid hcp) =>
        (await Json.Read(await client.GetAsync($"/api/v1/hcps/{hcp}/interactions")))["total"]!.GetValue<int>();

    [Fact]
    public async Task An_msl_sees_own_interactions_and_shared_ones_of_hcps_in_their_territory_only()
    {
        var (mine, me, _) = await app.UserClient(Roles.Msl);
        var colleague = await app.ClientFor(Roles.Msl);
        var (assigned, _) = await Hcp(app);
        var (elsewhere, _) = await Hcp(app);
        await Territory(app, me, [], assigned);
        var (privateOne, _) = await Created(await colleague.PostJson("/api/v1/interactions", Interaction(app, [assigned])));
        var (shared, _) = await Created(await colleague.PostJson("/api/v1/interactions", Interaction(app, [assigned], shared: true)));
        var (sharedElsewhere, _) = await Created(await colleague.PostJson("/api/v1/interactions", Interaction(app, [elsewhere], shared: true)));
        await Created(await mine.PostJson("/api/v1/interactions", Interaction(app, [elsewhere])));

        Assert.Equal(HttpStatusCode.NotFound, (await mine.GetAsync($"/api/v1/interactions/{privateOne["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mine.GetAsync($"/api/v1/interactions/{shared["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.GetAsync($"/api/v1/interactions/{sharedElsewhere["id"]}")).StatusCode);
        Assert.Equal(1, await Total(mine, assigned));
        Assert.Equal(1, await Total(mine, elsewhere)); // my own, outside my territory: still mine

        var sharedTag = (await mine.GetAsync($"/api/v1/interactions/{shared["id"]}")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(mine, HttpMethod.Post, $"/api/v1/interactions/{shared["id"]}/signature", sharedTag)).StatusCode);
    }

    [Fact]
    public async Task A_territorys_state_rule_over_the_practice_location_shares_an_interaction()
    {
        var nppes = Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");
        await app.InScope(sp => sp.GetRequiredService<DirectoryImportRunner>().RunAsync(new NppesFileSource(nppes), null, default));
        var (texan, floridian) = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            return (await db.Hcps.Where(h => h.Npi == "1306849450").Select(h => h.Id).SingleAsync(),
                await db.Hcps.Where(h => h.Npi == "1588667638").Select(h => h.Id).SingleAsync());
        });
        var (mine, me, _) = await app.UserClient(Roles.Msl);
        await Territory(app, me, ["TX"]);
        var colleague = await app.ClientFor(Roles.Msl);
        await Created(await colleague.PostJson("/api/v1/interactions", Interaction(app, [texan], shared: true)));
        await Created(await colleague.PostJson("/api/v1/interactions", Interaction(app, [floridian], shared: true)));
        Assert.Equal(1, await Total(mine, texan));
        Assert.Equal(0, await Total(mine, floridian));
    }

    [Fact]
    public async Task A_manager_sees_the_interactions_and_plans_of_their_team_and_not_of_other_teams()
    {
        var (msl, mslId, _) = await app.UserClient(Roles.Msl);
        var (other, otherId, _) = await app.UserClient(Roles.Msl);
        var (manager, managerId, _) = await app.UserClient(Roles.MslManager);
        await ReportTo(app, managerId, mslId);
        var (hcp, _) = await Hcp(app);
        await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp])));
        await Created(await other.PostJson("/api/v1/interactions", Interaction(app, [hcp], shared: true)));
        Assert.Equal(1, await Total(manager, hcp));
        Assert.Equal(2, await Total(await app.ClientFor(Roles.Compliance), hcp));

        var year = Yesterday(app).Year;
        var quarters = Enumerable.Range(1, 4).Select(q => new { objective = $"Q{q}", plannedTouchpoints = 1 }).ToArray();
        await Created(await msl.PostJson("/api/v1/engagement-plans", new { hcpId = hcp, year, objectives = "Mine.", quarters }));
        var (othersPlan, othersTag) = await Created(await other.PostJson("/api/v1/engagement-plans", new { hcpId = hcp, year, objectives = "Theirs.", quarters }));
        var team = (await Json.Read(await manager.GetAsync($"/api/v1/engagement-plans/team?year={year}"))).AsArray();
        Assert.Contains(team, t => t!["ownerId"]!.GetValue<string>() == mslId);
        Assert.DoesNotContain(team, t => t!["ownerId"]!.GetValue<string>() == otherId);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/engagement-plans/{othersPlan["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(manager, HttpMethod.Put, $"/api/v1/engagement-plans/{othersPlan["id"]}", othersTag,
            new { hcpId = hcp, year, objectives = "Changed by another team's manager.", quarters })).StatusCode);
    }
}

public sealed class InteractionVisibilityOnSqlite(SqliteApp app) : InteractionVisibilityTests(app), IClassFixture<SqliteApp>;

public sealed class InteractionVisibilityOnPostgres(PostgresApp app) : InteractionVisibilityTests(app), IClassFixture<PostgresApp>;
