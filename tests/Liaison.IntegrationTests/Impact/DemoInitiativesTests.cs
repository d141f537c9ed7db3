using Liaison.Core.Data;
using Liaison.Core.Demo;
using Liaison.Core.Engagement.Demo;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Simulation;
using Liaison.IntegrationTests.Pages.Crawl;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Impact;

/// <summary>
/// The demo workspace (seeded by the fixture on a new workspace) reproduces the three published case studies of
/// PRODUCT.md §2.9, on each engine.
/// </summary>
public abstract class DemoInitiativesTests(DemoWorkspaceApp seeded)
{
    [Fact]
    public async Task Demo_initiatives_recover_the_published_effects_and_the_naive_figures_are_off()
    {
        foreach (var c in DemoImpactPanels.All)
        {
            var result = await seeded.App.InScope(sp => sp.GetRequiredService<AnalyzeInitiative.Handler>().HandleBySlug(c.Slug, new AnalysisOverrides(), default));
            Assert.True(result.IsSuccess, result.Error?.Message);
            var r = result.Value!;
            Assert.Equal("matched-did", r.Design);
            Console.WriteLine($"{c.Slug}: effect {r.Effect:F3} [{r.CiLow:F3}, {r.CiHigh:F3}], naive {r.NaiveEffect:F3}, treated {r.NTreated}, controls {r.NControl}");
            Assert.InRange(c.Spec.Effect, r.CiLow, r.CiHigh);
            Assert.False(r.NaiveEffect >= r.CiLow && r.NaiveEffect <= r.CiHigh, $"{c.Slug}: naive {r.NaiveEffect} should be off");
        }
        await The_oncology_initiatives_exposures_are_the_oncology_sessions_attendance();
        // Idempotent: a second run adds nothing.
        await seeded.App.App.Services.GetRequiredService<DemoWorkspace>().CreateAsync(DemoWorkspace.DefaultSeed, null, default);
        var list = await seeded.App.InScope(sp => sp.GetRequiredService<ListInitiatives.Handler>().Handle(default));
        Assert.Equal(DemoImpactPanels.All.Count, list.Count(i => DemoImpactPanels.All.Any(c => c.Slug == i.Slug)));
    }

    private async Task The_oncology_initiatives_exposures_are_the_oncology_sessions_attendance()
    {
        var (targets, attendance) = await seeded.App.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            var id = await db.Initiatives.Where(i => i.Name == DemoEngagement.OncologySeries).Select(i => i.Id).SingleAsync();
            var targets = await db.InitiativeTargets.Where(t => t.InitiativeId == id).Select(t => new { t.SubjectId, t.ExposedOn, t.Source })
                .ToListAsync();
            var attendance = await sp.GetRequiredService<EventExposures.Handler>().ForSeries(DemoEngagement.OncologySeries, default);
            return (targets, attendance);
        });
        Assert.True(attendance.Count >= 50, $"{attendance.Count} attendees");
        Assert.All(targets, t => Assert.Equal(InitiativeTarget.FromEvents, t.Source));
        Assert.Equal(attendance.Select(a => (a.SubjectId, a.ExposedOn)).Order(),
            targets.Select(t => (t.SubjectId, t.ExposedOn)).Order());
    }
}

[Collection(SqliteReadDemoCollection.Name)]
public sealed class DemoInitiativesOnSqlite(SqliteDemoApp seeded) : DemoInitiativesTests(seeded);

[Collection(PostgresReadDemoCollection.Name)]
public sealed class DemoInitiativesOnPostgres(PostgresDemoApp seeded) : DemoInitiativesTests(seeded);
