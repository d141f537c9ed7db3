using System.Text;
using Liaison.Core.Directory.Evidence;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>
/// A PubMed file of two efetch results saved one after the other (a batched download appending each answer): the
/// articles of both sets are imported, a damaged one of the second set is reported at its line, a citation the second
/// set gives again stands as the later record, and importing the file again changes nothing.
/// </summary>
public abstract class PubmedAppendedSetsImportTests(TestApp app)
{
    private static string Article(string pmid, string title) => $"""
          <PubmedArticle>
            <MedlineCitation Status="MEDLINE" Owner="NLM">
              <PMID Version="1">{pmid}</PMID>
              <Article PubModel="Print">
                <Journal><JournalIssue><PubDate><Year>2024</Year><Month>Feb</Month></PubDate></JournalIssue><Title>Journal of Batches</Title></Journal>
                <ArticleTitle>{title}</ArticleTitle>
                <AuthorList><Author><LastName>Okafor</LastName><ForeName>Ada</ForeName></Author></AuthorList>
              </Article>
            </MedlineCitation>
          </PubmedArticle>
        """;

    /// <summary>One efetch answer, as NCBI writes it.</summary>
    private static string Result(params string[] articles) => $"""
        <?xml version="1.0" ?>
        <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
        <PubmedArticleSet>
        {string.Join('\n', articles)}
        </PubmedArticleSet>

        """;

    private Task<EvidenceImportReport> Import(string path) =>
        app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(path, null, default));

    [Fact]
    public async Task The_articles_of_both_sets_are_imported_each_reported_at_its_line_and_a_second_run_changes_nothing()
    {
        var text = Result(Article("94200001", "A first."), Article("94200002", "B."))
                   + Result(Article("94200001", "A revised."), Article("94200003", "C."), Article("94200004", ""));
        var path = Path.Combine(TestTemp.Folder("pubmed-sets-"), "efetch-batches.xml");
        await File.WriteAllTextAsync(path, text, Encoding.UTF8);
        // The damaged article (no title) is reported at its <Article>, the 5th in the file.
        var damagedAt = text.Split('\n').Select((l, i) => (l, i)).Where(x => x.l.Contains("<Article PubModel", StringComparison.Ordinal)).ElementAt(4).i + 1;

        var first = await Import(path);
        Assert.Null(first.Fatal);
        Assert.Equal((3L, 0L, 1L, 1L), (first.Imported, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal((damagedAt, "Article/ArticleTitle"), (Assert.Single(first.Errors).Line, first.Errors[0].Column));

        var again = await Import(path);
        Assert.Null(again.Fatal);
        Assert.Equal((0L, 0L, 4L, 1L), (again.Imported, again.Updated, again.Unchanged, again.Rejected));
        var titles = await app.Db(db => db.Publications.Where(p => p.Pmid.StartsWith("942000")).OrderBy(p => p.Pmid).Select(p => p.Title).ToListAsync());
        Assert.Equal(["A revised.", "B.", "C."], titles);
    }
}

public sealed class PubmedAppendedSetsOnSqlite(SqliteApp app) : PubmedAppendedSetsImportTests(app), IClassFixture<SqliteApp>;

public sealed class PubmedAppendedSetsOnPostgres(PostgresApp app) : PubmedAppendedSetsImportTests(app), IClassFixture<PostgresApp>;
