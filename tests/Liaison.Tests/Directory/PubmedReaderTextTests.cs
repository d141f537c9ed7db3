using System.Text;
using Liaison.Core.Directory.Evidence;

namespace Liaison.Tests.Directory;

/// <summary>The text of efetch records: the inline markup PubMed keeps in titles (/// <summary>The text of efetch records: inline markup (MathML-free HTML tags PubMed keeps in titles) and names.</summary>lt;i/// <summary>The text of efetch records: inline markup (MathML-free HTML tags PubMed keeps in titles) and names.</summary>gt;, /// <summary>The text of efetch records: inline markup (MathML-free HTML tags PubMed keeps in titles) and names.</summary>lt;sub/// <summary>The text of efetch records: inline markup (MathML-free HTML tags PubMed keeps in titles) and names.</summary>gt;, /// <summary>The text of efetch records: inline markup (MathML-free HTML tags PubMed keeps in titles) and names.</summary>lt;sup/// <summary>The text of efetch records: inline markup (MathML-free HTML tags PubMed keeps in titles) and names.</summary>gt;) and names.</summary>
public sealed class PubmedReaderTextTests
{
    private static PubmedArticleRecord One(string title, string authors = "<Author><LastName>Doe</LastName></Author>")
    {
        var xml = $"""
            <?xml version="1.0" ?>
            <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">
            <PubmedArticleSet>
              <PubmedArticle>
                <MedlineCitation Status="MEDLINE" Owner="NLM">
                  <PMID Version="1">30000001</PMID>
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
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Assert.Single(PubmedReader.Read(s)).Record!;
    }

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
}
