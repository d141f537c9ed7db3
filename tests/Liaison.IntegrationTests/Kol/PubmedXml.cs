namespace Liaison.IntegrationTests.Kol;

/// <summary>PubMed efetch records built for the import tests: one journal article with one author.</summary>
internal static class PubmedXml
{
    public static string Article(string pmid, int version, string title, string author, int year = 2023, string journal = "Journal of Tests") => $"""
        <PubmedArticle>
            <MedlineCitation Status="MEDLINE" Owner="NLM">
                <PMID Version="{version}">{pmid}</PMID>
                <Article>
                    <Journal><JournalIssue><PubDate><Year>{year}</Year></PubDate></JournalIssue><Title>{journal}</Title></Journal>
                    <ArticleTitle>{title}</ArticleTitle>
                    <AuthorList><Author><LastName>{author}</LastName><ForeName>Ann</ForeName></Author></AuthorList>
                </Article>
            </MedlineCitation>
        </PubmedArticle>
        """;
}
