using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>
/// Two PubMed (or ClinicalTrials.gov) imports at once that give the same PMID or NCT number: the second waits for the
/// first's batch to commit and then updates the record it wrote. Both read it as new and added it, and the later one died
/// on the unique key with a stack trace, on both engines.
/// </summary>
public abstract class EvidenceConcurrentImportTests(TestApp app)
{
    /// <summary>Runs <paramref name="import"/> while another import holds <paramref name="held"/> written, not yet committed.</summary>
    private Task<EvidenceImportReport> WhileAnotherWrites(object held, Func<IServiceProvider, Task<EvidenceImportReport>> import) =>
        app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await ImportTurn.TakeAsync(db, ImportTurn.Evidence, default);
            db.Add(held);
            await db.SaveChangesAsync();

            var importing = Task.Run(() => app.InScope(import));
            await LockWaits.UntilWaitingOrDone(app, importing);
            await tx.CommitAsync();
            return await importing;
        });

    [Fact]
    public async Task A_pubmed_import_giving_a_pmid_another_import_is_writing_waits_for_it_and_updates_it()
    {
        var path = Path.Combine(TestTemp.Folder("pubmed-"), "pubmed.xml");
        await File.WriteAllTextAsync(path, $"<PubmedArticleSet>{PubmedXml.Article("94000001", 1, "The real title.", "Doe")}</PubmedArticleSet>");

        var report = await WhileAnotherWrites(new Publication { Id = Guid.CreateVersion7(), Pmid = "94000001", Title = "Held." },
            sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(path, null, default));

        Assert.Equal((0L, 1L, (SourceError?)null), (report.Imported, report.Updated, report.Fatal));
        Assert.Equal("The real title.", await app.Db(db => db.Publications.Where(p => p.Pmid == "94000001").Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_study_import_giving_an_nct_number_another_import_is_writing_waits_for_it_and_updates_it()
    {
        var path = Path.Combine(TestTemp.Folder("ctgov-"), "study.json");
        await File.WriteAllTextAsync(path, """
            {"protocolSection": {"identificationModule": {"nctId": "NCT09400001", "briefTitle": "The real title"},
             "statusModule": {"overallStatus": "RECRUITING"}}}
            """);

        var report = await WhileAnotherWrites(new ClinicalTrial { Id = Guid.CreateVersion7(), NctId = "NCT09400001", Title = "Held" },
            sp => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(path, default));

        Assert.Equal((0L, 1L, (SourceError?)null), (report.Imported, report.Updated, report.Fatal));
        Assert.Equal("The real title", await app.Db(db => db.ClinicalTrials.Where(t => t.NctId == "NCT09400001").Select(t => t.Title).SingleAsync()));
    }
}

public sealed class EvidenceConcurrentImportOnSqlite(SqliteApp app) : EvidenceConcurrentImportTests(app), IClassFixture<SqliteApp>;

public sealed class EvidenceConcurrentImportOnPostgres(PostgresApp app) : EvidenceConcurrentImportTests(app), IClassFixture<PostgresApp>;
