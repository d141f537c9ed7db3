using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>PubMed book chapters and books are publications: stored with their venue and linked to HCPs like articles.</summary>
public abstract class BookArticleImportTests(KolApp app)
{
    [Fact]
    public async Task Book_articles_are_imported_beside_journal_articles_and_their_authors_linked_to_hcps()
    {
        var report = await Import();
        Assert.Equal((3L, 0L), (report.Imported, report.Rejected));
        Assert.Equal((2022, "Journal of Cardiac Failure"), await Venue("31000001"));
        Assert.Equal((2019, "Cardiology Reviews"), await Venue("31000002"));
        Assert.Equal((2021, "Example University Press"), await Venue("31000003"));

        // PILCHER wrote the chapter (with his Jacksonville affiliation); ADUSUMILLI wrote the book and edited the chapter's book.
        Assert.Equal(["31000002"], await LinkedPmids(KolScenario.PilcherNpi));
        Assert.Contains("31000003", await LinkedPmids(KolScenario.AdusumilliNpi));
        Assert.DoesNotContain("31000002", await LinkedPmids(KolScenario.AdusumilliNpi));

        var again = await Import();
        Assert.Equal((0L, 0L, 3L), (again.Imported, again.Updated, again.Unchanged));
    }

    private Task<EvidenceImportReport> Import() =>
        app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(KolScenario.File("pubmed_books.xml"), null, default));

    private Task<(int, string?)> Venue(string pmid) => app.InScope(async sp =>
    {
        var p = await sp.GetRequiredService<LiaisonDbContext>().Publications.Where(p => p.Pmid == pmid).Select(p => new { p.Year, p.Journal }).SingleAsync();
        return (p.Year, p.Journal);
    });

    private Task<List<string>> LinkedPmids(string npi) => app.InScope(sp =>
    {
        var db = sp.GetRequiredService<LiaisonDbContext>();
        return db.EvidenceLinks.Where(l => l.Kind == EvidenceKind.Authorship && db.Hcps.Any(h => h.Id == l.HcpId && h.Npi == npi))
            .SelectMany(l => db.PublicationAuthors.Where(a => a.Id == l.SourceId))
            .SelectMany(a => db.Publications.Where(p => p.Id == a.PublicationId && p.Pmid.StartsWith("31")))
            .Select(p => p.Pmid).Distinct().OrderBy(p => p).ToListAsync();
    });
}

public sealed class BookArticleImportOnSqlite(KolSqliteApp app) : BookArticleImportTests(app), IClassFixture<KolSqliteApp>;

public sealed class BookArticleImportOnPostgres(KolPostgresApp app) : BookArticleImportTests(app), IClassFixture<KolPostgresApp>;
