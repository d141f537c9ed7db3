using Liaison.Core.Data;
using Liaison.Core.Demo;
using Liaison.Core.Engagement.Demo;
using Liaison.Core.Engagement.Events;
using Liaison.IntegrationTests.Pages.Crawl;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// The engagement demo (seeded by the fixture on a new workspace): what the impact demo's initiative will take as its
/// exposures.
/// </summary>
public abstract class DemoEngagementTests(DemoWorkspaceApp seeded)
{
    [Fact]
    public async Task The_oncology_sessions_attendance_is_an_exposure_list_of_demo_oncologists_in_one_month_and_reruns_change_nothing()
    {
        var app = seeded.App;
        var demo = app.App.Services.GetRequiredService<DemoWorkspace>();
        var (exposures, oncologists, counts) = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            var list = await sp.GetRequiredService<EventExposures.Handler>().ForSeries(DemoEngagement.OncologySeries, CancellationToken.None);
            var npis = list.Select(e => e.SubjectId).ToList();
            var codes = DemoCast.OncologyCodes;
            var oncology = await db.Hcps.CountAsync(h => npis.Contains(h.Npi!) && codes.Contains(h.PrimaryTaxonomyCode!));
            return (list, oncology, (await db.Interactions.CountAsync(), await db.TransfersOfValue.CountAsync()));
        });
        Assert.True(exposures.Count >= 50, $"{exposures.Count} exposures");
        Assert.Equal(exposures.Count, oncologists);
        var month = DemoEngagement.OncologySessionsMonth(app.Clock.GetUtcNow().UtcDateTime);
        Assert.All(exposures, e => Assert.Equal((month.Year, month.Month), (e.ExposedOn.Year, e.ExposedOn.Month)));

        // Every series that an impact initiative measures is held in that initiative's window (from the month before its
        // start to the end of its post period): the Events list and the initiative tell one story.
        foreach (var initiative in Core.Impact.Simulation.DemoImpactPanels.All)
        {
            var start = new DateTime(initiative.Spec.StartMonth / 12, initiative.Spec.StartMonth % 12 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var held = await app.Db(db => db.MedicalEvents.Where(e => e.Series == initiative.Name).Select(e => e.StartsAt).ToListAsync());
            Assert.NotEmpty(held);
            Assert.All(held, at => Assert.InRange(at, start.AddMonths(-1), start.AddMonths(initiative.Spec.Post)));
        }

        await demo.CreateAsync(DemoWorkspace.DefaultSeed, null, CancellationToken.None);
        var again = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            return (await db.Interactions.CountAsync(), await db.TransfersOfValue.CountAsync());
        });
        Assert.Equal(counts, again);
    }
}

[Collection(SqliteReadDemoCollection.Name)]
public sealed class DemoEngagementOnSqlite(SqliteDemoApp seeded) : DemoEngagementTests(seeded);

[Collection(PostgresReadDemoCollection.Name)]
public sealed class DemoEngagementOnPostgres(PostgresDemoApp seeded) : DemoEngagementTests(seeded);
