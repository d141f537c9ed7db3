using System.Text;
using Liaison.Core.Directory.Evidence;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>
/// An efetch update file's DeleteCitation: the citation NLM withdrew goes, at the version withdrawn only (a newer
/// version held stands), and the run's audit entry names what went.
/// </summary>
public abstract class PubmedWithdrawnCitationTests(TestApp app)
{
    private static string Article(string pmid, int version) =>
        PubmedXml.Article(pmid, version, $"Article {pmid} version {version}.", "Quill", 2024, "Journal of Withdrawals");

    private static string Write(string name, string body)
    {
        var path = Path.Combine(TestTemp.Folder("pubmed-"), name);
        File.WriteAllText(path, $"<?xml version=\"1.0\" ?>\n<PubmedArticleSet>\n{body}\n</PubmedArticleSet>\n", Encoding.UTF8);
        return path;
    }

    private Task<EvidenceImportReport> Import(string path) =>
        app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(path, null, default));

    [Fact]
    public async Task A_withdrawn_citation_goes_at_its_version_and_the_audit_entry_names_it()
    {
        const string p = "9420";
        await Import(Write($"articles-{p}.xml", Article(p + "001", 1) + Article(p + "002", 2) + Article(p + "003", 1)));

        var deletions = Write($"deletions-{p}.xml", $"""
            <DeleteCitation><PMID Version="1">{p}001</PMID><PMID Version="1">{p}002</PMID><PMID Version="1">{p}999</PMID></DeleteCitation>
            """);
        var report = await Import(deletions);

        // 001 version 1 is withdrawn; 002 is held at version 2, newer than the version withdrawn; 999 was never held.
        Assert.Equal(1L, report.Deleted);
        var standing = await app.Db(db => db.Publications.Where(x => x.Pmid.StartsWith(p)).OrderBy(x => x.Pmid).Select(x => x.Pmid + "." + x.Version).ToListAsync());
        Assert.Equal([$"{p}002.2", $"{p}003.1"], standing);
        Assert.Equal(0, await app.Db(db => db.PublicationAuthors.CountAsync(a => !db.Publications.Any(x => x.Id == a.PublicationId))));
        var audit = await app.Db(db => db.AuditEntries.Where(e => e.Entity == "Import:pubmed").Select(e => e.NewValues!).ToListAsync());
        Assert.Contains($"\"withdrawnCitations\":[\"{p}001.1\"]", Assert.Single(audit, v => v.Contains($"deletions-{p}.xml", StringComparison.Ordinal)),
            StringComparison.Ordinal);

        var again = await Import(deletions);
        Assert.Equal(0L, again.Deleted);
    }
}

public sealed class PubmedWithdrawnCitationOnSqlite(SqliteApp app) : PubmedWithdrawnCitationTests(app), IClassFixture<SqliteApp>;

public sealed class PubmedWithdrawnCitationOnPostgres(PostgresApp app) : PubmedWithdrawnCitationTests(app), IClassFixture<PostgresApp>;
