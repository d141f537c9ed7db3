using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>A corrected article re-imported: reviewed links of unchanged authors survive, a replaced author's go.</summary>
public abstract class EvidenceReimportTests(KolApp app)
{
    [Fact]
    public async Task A_changed_article_is_updated_in_place_keeping_the_links_of_authors_who_stayed()
    {
        var pilcherLinks = await Links("Pilcher");
        Assert.NotEmpty(pilcherLinks);
        var corrected = TestTemp.File("pubmed-corrected.xml");
        var xml = await File.ReadAllTextAsync(KolScenario.File("pubmed_linked.xml"));
        await File.WriteAllTextAsync(corrected, xml
            .Replace("a randomized trial.</ArticleTitle>", "a randomised controlled trial.</ArticleTitle>")
            .Replace("<LastName>Adusumilli</LastName>\n                    <ForeName>Ravi K</ForeName>", "<LastName>Brennan</LastName>\n                    <ForeName>Ravi K</ForeName>"));
        var report = await app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(corrected, null, default));
        Assert.Equal((0L, 1L, 1L), (report.Imported, report.Updated, report.Unchanged));
        Assert.Equal(pilcherLinks, await Links("Pilcher"));
        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            var authors = await db.PublicationAuthors.Where(a => db.Publications.Any(p => p.Id == a.PublicationId && p.Pmid == "90000001"))
                .OrderBy(a => a.Position).Select(a => a.LastName).ToListAsync();
            Assert.Equal(["Pilcher", "Okonkwo", "Brennan", "REMOTE-HF Investigators"], authors);
            Assert.Equal("Remote hemodynamic monitoring in chronic heart failure: a randomised controlled trial.",
                await db.Publications.Where(p => p.Pmid == "90000001").Select(p => p.Title).SingleAsync());
            return 0;
        });
    }

    private Task<List<Guid>> Links(string surname) => app.InScope(sp =>
    {
        var db = sp.GetRequiredService<LiaisonDbContext>();
        return db.EvidenceLinks.Where(l => l.Kind == EvidenceKind.Authorship
                && db.PublicationAuthors.Any(a => a.Id == l.SourceId && a.LastName == surname))
            .OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
    });
}

public sealed class EvidenceReimportOnSqlite(KolSqliteApp app) : EvidenceReimportTests(app), IClassFixture<KolSqliteApp>;

public sealed class EvidenceReimportOnPostgres(KolPostgresApp app) : EvidenceReimportTests(app), IClassFixture<KolPostgresApp>;
