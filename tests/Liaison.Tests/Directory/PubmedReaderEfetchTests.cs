using System.Text;
using Liaison.Core.Directory.Evidence;

namespace Liaison.Tests.Directory;

/// <summary>
/// efetch files as users get them: the inline markup PubMed keeps in titles (&lt;i&gt;, &lt;sub&gt;, &lt;sup&gt;), names, and
/// several results saved into one file.
/// </summary>
public sealed class PubmedReaderEfetchTests
{
    private static PubmedArticleRecord One(string title, string authors = "<Author><LastName>Doe</LastName></Author>")
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(Set(title, authors)));
        return Assert.Single(PubmedReader.Read(s)).Record!;
    }

    internal static string Set(string title, string authors = "<Author><LastName>Doe</LastName></Author>", string pmid = "30000001") => $"""
            <?xml version="1.0" ?>
            <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">
            <PubmedArticleSet>
              <PubmedArticle>
                <MedlineCitation Status="MEDLINE" Owner="NLM">
                  <PMID Version="1">{pmid}</PMID>
                  <Article PubModel="Print">
                    <Journal><JournalIssue CitedMedium="Print"><PubDate><Year>2021</Year><Month>Mar</Month></PubDate></JournalIssue>
                      <Title>Journal of Testing</Title></Journal>
                    <ArticleTitle>{title}</ArticleTitle>
                    <AuthorList CompleteYN="Y">{authors}</AuthorList>
                  </Article>
                </MedlineCitation>
              </PubmedArticle>
            </PubmedArticleSet>

            """;

    [Fact]
    public void The_space_between_two_marked_up_words_of_a_title_is_kept() =>
        Assert.Equal("Effect of BRCA1 BRCA2 on H2O+ cells", One("Effect of <i>BRCA1</i> <i>BRCA2</i> on H<sub>2</sub>O<sup>+</sup> cells").Title);

    [Fact]
    public void Line_breaks_inside_a_title_read_as_single_spaces() =>
        Assert.Equal("A long title broken over lines", One("A long title\n      broken over lines").Title);

    [Fact]
    public void Non_ascii_names_and_repeated_affiliations_are_kept_whole()
    {
        var article = One("T.", """
            <Author ValidYN="Y"><LastName>Müller</LastName><ForeName>Jürgen</ForeName><Initials>J</Initials>
              <AffiliationInfo><Affiliation>Charité, Berlin, Germany.</Affiliation></AffiliationInfo>
              <AffiliationInfo><Affiliation>Dept X, Boston, MA, USA.</Affiliation></AffiliationInfo></Author>
            <Author ValidYN="Y"><LastName>Ødegård</LastName></Author>
            """);
        Assert.Equal(("Müller", "Jürgen"), (article.Authors[0].LastName, article.Authors[0].ForeName));
        Assert.Equal(["Charité, Berlin, Germany.", "Dept X, Boston, MA, USA."], article.Authors[0].Affiliations);
        Assert.Equal(("Ødegård", null, null), (article.Authors[1].LastName, article.Authors[1].ForeName, article.Authors[1].Initials));
    }

    [Fact]
    public void A_doi_location_NLM_marks_invalid_is_not_taken_for_the_articles_doi()
    {
        static string? Doi(string valid)
        {
            var xml = Set("T.").Replace("<ArticleTitle>", $"<ELocationID EIdType=\"doi\" ValidYN=\"{valid}\">10.1000/xyz123</ELocationID><ArticleTitle>",
                StringComparison.Ordinal);
            using var s = new MemoryStream(Encoding.UTF8.GetBytes(xml));
            return Assert.Single(PubmedReader.Read(s)).Record!.Doi;
        }
        Assert.Equal("10.1000/xyz123", Doi("Y"));
        Assert.Null(Doi("N"));
    }

    /// <summary>The file's line of the <paramref name="nth"/> (from 1) line holding <paramref name="text"/>.</summary>
    private static long LineOf(string file, string text, int nth = 1) =>
        file.Split('\n').Select((l, i) => (l, i)).Where(x => x.l.Contains(text, StringComparison.Ordinal)).ElementAt(nth - 1).i + 1;

    private static List<Parsed<PubmedArticleRecord>> ReadAll(string file)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(file));
        return PubmedReader.Read(s).ToList();
    }

    [Theory]
    [InlineData("")] // efetch answers appended as they came
    [InlineData("\uFEFF")] // a saved file appended whole, its byte order mark included
    [InlineData("<!-- batch 2 -->\n")] // a note between them
    public void Efetch_results_appended_in_one_file_give_the_articles_of_every_set_each_at_its_line(string between)
    {
        var file = Set("First.") + between + Set("Second.", pmid: "30000002") + Set("Third.", pmid: "30000003").Replace("\n", "\r\n");
        var read = ReadAll(file);
        Assert.Equal(["30000001", "30000002", "30000003"], read.Select(a => a.Record!.Pmid));
        Assert.Equal([LineOf(file, "<PubmedArticle>"), LineOf(file, "<PubmedArticle>", 2), LineOf(file, "<PubmedArticle>", 3)],
            read.Select(a => a.Line));
    }

    [Theory]
    [InlineData("<PubmedArticleSet></PubmedArticleSet>")]
    [InlineData("<PubmedArticleSet/>")]
    public void An_empty_result_between_two_is_passed_over_and_a_damaged_article_of_a_later_set_is_reported_at_its_line(string empty)
    {
        var file = Set("First.") + "<?xml version=\"1.0\" ?>\n" + empty + "\n" + Set("", pmid: "30000002") + Set("Third.", pmid: "30000003");
        var read = ReadAll(file);
        Assert.Equal(["30000001", "30000003"], read.Where(a => a.Record is not null).Select(a => a.Record!.Pmid));
        var error = Assert.Single(read, a => a.Error is not null).Error!;
        Assert.Equal((LineOf(file, "<Article PubModel", 2), "Article/ArticleTitle"), (error.Line, error.Column));
    }

    [Fact]
    public void Something_other_than_an_efetch_result_after_the_set_is_still_reported_where_it_starts()
    {
        var file = Set("First.") + "<eSearchResult><Count>2</Count></eSearchResult>\n";
        var read = new List<string>();
        var e = Assert.Throws<SourceFormatException>(() => { foreach (var a in ReadAll(file)) read.Add(a.Record!.Pmid); });
        Assert.Equal(LineOf(file, "<eSearchResult>"), e.Error.Line);
        Assert.Contains("goes on after </PubmedArticleSet>", e.Error.Reason, StringComparison.Ordinal);
    }
}
