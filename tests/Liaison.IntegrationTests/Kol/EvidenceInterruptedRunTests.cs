using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>
/// An import stopped after it saved its articles and studies but before it linked them (killed, a crash) leaves them
/// unchanged and unlinked: running the same file again must make the links, not skip the records as unchanged.
/// </summary>
public abstract class EvidenceInterruptedRunTests(KolApp app)
{
    private Task<(int Authorship, int Investigator)> LinkCounts() => app.InScope(async sp =>
    {
        var db = sp.GetRequiredService<LiaisonDbContext>();
        return (await db.EvidenceLinks.CountAsync(l => l.Kind == EvidenceKind.Authorship),
            await db.EvidenceLinks.CountAsync(l => l.Kind == EvidenceKind.Investigator));
    });

    [Fact]
    public async Task Re_running_the_files_links_what_an_interrupted_run_saved_unlinked()
    {
        var linked = await LinkCounts();
        Assert.True(linked.Authorship > 0 && linked.Investigator > 0, linked.ToString());
        await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().EvidenceLinks.ExecuteDeleteAsync());

        var pubmed = await app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(KolScenario.File("pubmed_linked.xml"), null, default));
        var ctgov = await app.InScope(sp => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(KolScenario.File("ctgov_study_pilcher.json"), default));

        Assert.Equal((0L, 0L), (pubmed.Imported + pubmed.Updated, ctgov.Imported + ctgov.Updated));
        Assert.Equal(linked, await LinkCounts());
    }
}

public sealed class EvidenceInterruptedRunOnSqlite(KolSqliteApp app) : EvidenceInterruptedRunTests(app), IClassFixture<KolSqliteApp>;

public sealed class EvidenceInterruptedRunOnPostgres(KolPostgresApp app) : EvidenceInterruptedRunTests(app), IClassFixture<KolPostgresApp>;
