using System.Text;
using Liaison.Core.Directory.Evidence;

namespace Liaison.Tests.Directory;

/// <summary>
/// efetch files as users get them: the inline markup PubMed keeps in titles (&lt;i&gt;, &lt;sub&gt;, &lt;sup&gt;), names, and
/// two results saved into one file.
/// </summary>
public sealed class PubmedReaderEfetchTests
{
    private static PubmedArticleRecord One(string title, string authors = "<Author><LastName>Doe</LastName></Author>")
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(Set(title, authors)));
        return Assert.Single(PubmedReader.Read(s)).Record!;
    }

    private static string Set(string title, string authors = "<Author><LastName>Doe</LastName></Author>", string pmid = "30000001") => $"""
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

    [Fact]
    public void A_second_efetch_result_appended_to_the_first_is_reported_where_it_starts_after_the_first_sets_articles()
    {
        var first = Set("First.");
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(first + Set("Second.", pmid: "30000002")));
        var read = new List<string>();
        var e = Assert.Throws<SourceFormatException>(() => { foreach (var a in PubmedReader.Read(s)) read.Add(a.Record!.Pmid); });
        Assert.Equal(["30000001"], read);
        Assert.Equal(first.Split('\n').Length, e.Error.Line); // the second set's XML declaration
        Assert.Contains("goes on after </PubmedArticleSet>", e.Error.Reason, StringComparison.Ordinal);
    }
}
