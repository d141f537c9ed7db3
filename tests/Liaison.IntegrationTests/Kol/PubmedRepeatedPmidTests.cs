using System.Text;
using Liaison.Core.Directory.Evidence;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>
/// A PubMed file that gives a PMID more than once: in an update file the later record is the newer one, so the last
/// record of a PMID stands, and of a versioned citation the newest version; in a batch and across batches (the import
/// saves every 200 articles), and importing the file again changes nothing.
/// </summary>
public abstract class PubmedRepeatedPmidTests(TestApp app)
{
    private static string Article(string pmid, int version, string title, string author) =>
        PubmedXml.Article(pmid, version, title, author, journal: "Journal of Repeats");

    /// <summary>
    /// Records 1-200 (the first batch): A, B version 2, C, filler, D version 1, filler, C again, then filler; records
    /// 201-203 (the second batch): A again, B version 1, D version 2.
    /// </summary>
    private static string Write(string prefix)
    {
        string Pmid(int n) => $"{prefix}{n:D4}";
        var records = Enumerable.Range(1, 200).Select(n => Article(Pmid(n), 1, $"Filler {n}.", "Filler")).ToList();
        (records[0], records[1], records[2]) = (Article(Pmid(1), 1, "A first.", "Early"), Article(Pmid(2), 2, "B version 2.", "Second"),
            Article(Pmid(3), 1, "C first.", "Early"));
        (records[4], records[6]) = (Article(Pmid(5), 1, "D version 1.", "First"), Article(Pmid(3), 1, "C second.", "Later"));
        records.AddRange([Article(Pmid(1), 1, "A second.", "Later"), Article(Pmid(2), 1, "B version 1.", "First"), Article(Pmid(5), 2, "D version 2.", "Second")]);
        var path = Path.Combine(TestTemp.Folder("pubmed-"), $"pubmed-repeats-{prefix}.xml");
        File.WriteAllText(path, "<?xml version=\"1.0\" ?>\n<PubmedArticleSet>\n" + string.Join('\n', records) + "\n</PubmedArticleSet>\n", Encoding.UTF8);
        return path;
    }

    private Task<EvidenceImportReport> Import(string path) =>
        app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(path, null, default));

    private Task<List<(string Pmid, int Version, string Title, string Author)>> Standing(string prefix) => app.Db(async db =>
        (await db.Publications.Where(p => p.Pmid == prefix + "0001" || p.Pmid == prefix + "0002" || p.Pmid == prefix + "0003" || p.Pmid == prefix + "0005")
            .OrderBy(p => p.Pmid)
            .Select(p => new { p.Pmid, p.Version, p.Title, Author = db.PublicationAuthors.Where(a => a.PublicationId == p.Id).Select(a => a.LastName).Single() })
            .ToListAsync()).Select(p => (p.Pmid[prefix.Length..], p.Version, p.Title, p.Author)).ToList());

    [Fact]
    public async Task The_last_record_of_a_pmid_stands_in_a_batch_and_across_batches_and_a_second_run_changes_nothing()
    {
        var path = Write("9310");
        List<(string, int, string, string)> expected =
            [("0001", 1, "A second.", "Later"), ("0002", 2, "B version 2.", "Second"), ("0003", 1, "C second.", "Later"), ("0005", 2, "D version 2.", "Second")];

        var first = await Import(path);
        // 199 PMIDs; A and D updated by the second batch; C's first record and B's version 1 unchanged.
        Assert.Equal((199L, 2L, 2L, 0L), (first.Imported, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal(expected, await Standing("9310"));

        var audited = await app.Db(db => db.AuditEntries.Select(e => e.Id).ToListAsync());
        var again = await Import(path);
        Assert.Equal((0L, 0L, 203L, 0L), (again.Imported, again.Updated, again.Unchanged, again.Rejected));
        Assert.Equal(expected, await Standing("9310"));
        // Only the summaries every run writes (its counts, the influence recompute after it): publications are reference data, not audited one by one.
        var entries = await app.Db(db => db.AuditEntries.Where(e => !audited.Contains(e.Id)).OrderBy(e => e.Entity).Select(e => new { e.Entity, e.NewValues }).ToListAsync());
        Assert.Equal(["Import:pubmed", "InfluenceScores"], entries.Select(e => e.Entity));
        Assert.Contains("\"Updated\":0,", entries[0].NewValues, StringComparison.Ordinal);
    }
}

public sealed class PubmedRepeatedPmidOnSqlite(SqliteApp app) : PubmedRepeatedPmidTests(app), IClassFixture<SqliteApp>;

public sealed class PubmedRepeatedPmidOnPostgres(PostgresApp app) : PubmedRepeatedPmidTests(app), IClassFixture<PostgresApp>;
