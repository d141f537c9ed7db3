using Liaison.Core.Demo;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Simulation;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Impact;

/// <summary>The demo workspace reproduces the three published case studies of PRODUCT.md §2.9, on each engine.</summary>
public abstract class DemoInitiativesTests(TestApp app)
{
    [Fact]
    public async Task Demo_initiatives_recover_the_published_effects_and_the_naive_figures_are_off()
    {
        await app.App.Services.GetRequiredService<DemoWorkspace>().CreateAsync(DemoWorkspace.DefaultSeed, null, default);
        foreach (var c in DemoImpactPanels.All)
        {
            var result = await app.InScope(sp => sp.GetRequiredService<AnalyzeInitiative.Handler>().HandleBySlug(c.Slug, new AnalysisOverrides(), default));
            Assert.True(result.IsSuccess, result.Error?.Message);
            var r = result.Value!;
            Assert.Equal("matched-did", r.Design);
            Assert.InRange(c.Spec.Effect, r.CiLow, r.CiHigh);
            Assert.False(r.NaiveEffect >= r.CiLow && r.NaiveEffect <= r.CiHigh, $"{c.Slug}: naive {r.NaiveEffect} should be off");
        }
        // Idempotent: a second run adds nothing.
        await app.App.Services.GetRequiredService<DemoWorkspace>().CreateAsync(DemoWorkspace.DefaultSeed, null, default);
        var list = await app.InScope(sp => sp.GetRequiredService<ListInitiatives.Handler>().Handle(default));
        Assert.Equal(DemoImpactPanels.All.Count, list.Count(i => DemoImpactPanels.All.Any(c => c.Slug == i.Slug)));
    }
}

public sealed class DemoInitiativesOnSqlite(SqliteApp app) : DemoInitiativesTests(app), IClassFixture<SqliteApp>;

public sealed class DemoInitiativesOnPostgres(PostgresApp app) : DemoInitiativesTests(app), IClassFixture<PostgresApp>;
