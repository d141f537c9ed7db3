using Liaison.Core.Directory.Evidence;

namespace Liaison.Tests.Directory;

public sealed class PubmedReaderTests
{
    private static List<Parsed<PubmedArticleRecord>> Read(string path)
    {
        using var s = File.OpenRead(path);
        return PubmedReader.Read(s).ToList();
    }

    [Fact]
    public void Article_with_22_authors_keeps_every_author_in_order_with_their_affiliations()
    {
        var article = Assert.Single(Read(KolTestFiles.Pubmed("biopython_pubmed4.xml"))).Record!;
        Assert.Equal("27797938", article.Pmid);
        Assert.Equal(22, article.Authors.Count);
        Assert.Equal(Enumerable.Range(1, 22), article.Authors.Select(a => a.Position));
        Assert.Equal(("Bao", "Ying"), (article.Authors[0].LastName, article.Authors[0].ForeName));
        Assert.Equal(38, article.Authors.Sum(a => a.Affiliations.Count));
        Assert.Contains("Brigham and Women's Hospital", article.Authors[0].Affiliations[0]);
        Assert.Equal("Gut", article.Journal);
        Assert.Equal(2016, article.PublishedOn.Year); // the electronic article date precedes the 2017 issue
        Assert.Equal("10.1136/gutjnl-2016-312510", article.Doi);
    }

    [Fact]
    public void Articles_without_affiliations_are_read_with_their_authors()
    {
        var articles = Read(KolTestFiles.Pubmed("biopython_pubmed1.xml"));
        Assert.All(articles, a => Assert.Null(a.Error));
        Assert.Equal(["12091962", "9997"], articles.Select(a => a.Record!.Pmid));
        Assert.All(articles.SelectMany(a => a.Record!.Authors), a => Assert.Empty(a.Affiliations));
        Assert.Equal(new DateOnly(1990, 1, 1), articles[0].Record!.PublishedOn); // "Spring" names no month
        Assert.Equal(new DateOnly(1976, 9, 28), articles[1].Record!.PublishedOn);
    }

    [Fact]
    public void Every_real_sample_parses_without_errors()
    {
        foreach (var f in new[] { "biopython_pubmed1.xml", "biopython_pubmed2.xml", "biopython_pubmed4.xml", "biopython_pubmed5.xml", "biopython_pubmed6.xml", "biopython_pubmed7.xml" })
            Assert.All(Read(KolTestFiles.Pubmed(f)), a => Assert.Null(a.Error));
    }

    [Fact]
    public void The_real_samples_are_journal_articles_not_congress_papers() =>
        Assert.All(new[] { "biopython_pubmed1.xml", "biopython_pubmed4.xml", "biopython_pubmed7.xml" }.SelectMany(f => Read(KolTestFiles.Pubmed(f))),
            a => Assert.False(a.Record!.IsCongress));

    [Fact]
    public void A_citation_typed_Congress_is_a_congress_paper_by_its_MeSH_id_or_its_name()
    {
        static PubmedArticleRecord One(string types)
        {
            var xml = "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><Journal><JournalIssue><PubDate><Year>2020</Year></PubDate>"
                + $"</JournalIssue><Title>J</Title></Journal><ArticleTitle>T.</ArticleTitle><AuthorList><Author><LastName>Doe</LastName></Author></AuthorList>{types}"
                + "</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>";
            using var s = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
            return Assert.Single(PubmedReader.Read(s)).Record!;
        }
        Assert.True(One("<PublicationTypeList><PublicationType UI=\"D016423\">Congress</PublicationType></PublicationTypeList>").IsCongress);
        Assert.True(One("<PublicationTypeList><PublicationType>Congress</PublicationType></PublicationTypeList>").IsCongress);
        Assert.False(One("<PublicationTypeList><PublicationType UI=\"D016428\">Journal Article</PublicationType></PublicationTypeList>").IsCongress);
        Assert.False(One("").IsCongress);
    }

    [Fact]
    public void Collective_authors_and_orcids_are_kept()
    {
        var authors = Read(KolTestFiles.Pubmed("biopython_pubmed7.xml")).SelectMany(a => a.Record!.Authors).ToList();
        Assert.Contains(authors, a => a.IsCollective);
        Assert.Contains(authors, a => a.Orcid == "0000-0002-4590-7461");
    }

    [Fact]
    public void Bad_articles_are_reported_with_line_and_element_and_good_ones_kept()
    {
        var all = Read(KolTestFiles.Kol("pubmed_linked.xml"));
        Assert.Equal(["90000001", "90000002"], all.Where(a => a.Record is not null).Select(a => a.Record!.Pmid));
        var errors = all.Where(a => a.Error is not null).Select(a => a.Error!).ToList();
        Assert.Collection(errors,
            e => Assert.Equal((78L, "BookDocument/Book"), (e.Line, e.Column)),
            e => Assert.Equal((81L, "MedlineCitation/PMID"), (e.Line, e.Column)),
            e => Assert.Equal((92L, "Journal/JournalIssue/PubDate"), (e.Line, e.Column)));
        Assert.Equal(2021, all[1].Record!.Year); // from MedlineDate "2021 Nov-Dec"
    }

    [Fact]
    public void Book_chapters_and_whole_books_are_read_as_publications_beside_journal_articles()
    {
        var all = Read(KolTestFiles.Kol("pubmed_books.xml"));
        Assert.All(all, a => Assert.Null(a.Error));
        Assert.Equal(["31000001", "31000002", "31000003"], all.Select(a => a.Record!.Pmid));

        var chapter = all[1].Record!;
        Assert.Equal("Heart failure with preserved ejection fraction", chapter.Title);
        Assert.Equal("Cardiology Reviews", chapter.Journal); // the book the chapter is in
        Assert.Equal(new DateOnly(2019, 6, 13), chapter.PublishedOn); // the chapter's ContributionDate, not the book's 1993
        Assert.Equal("10.1000/cr.hfpef", chapter.Doi);
        // The chapter's authors with their affiliations; the book's editors are not authors.
        Assert.Equal([(1, "Pilcher", "William C"), (2, "Okonkwo", "Ada")], chapter.Authors.Select(a => (a.Position, a.LastName, a.ForeName!)));
        Assert.Equal(["Baptist Heart Specialists, Jacksonville, FL 32204, USA."], chapter.Authors[0].Affiliations);

        var book = all[2].Record!;
        Assert.Equal(("Atrial Fibrillation: A Handbook", "Example University Press"), (book.Title, book.Journal));
        Assert.Equal(new DateOnly(2021, 3, 1), book.PublishedOn);
        Assert.Equal(["Adusumilli"], book.Authors.Select(a => a.LastName)); // the book's own authors, its editors left out
    }

    [Fact]
    public void A_book_article_without_a_title_is_reported_at_its_line()
    {
        using var s = new MemoryStream("""
            <PubmedArticleSet><PubmedBookArticle><BookDocument><PMID Version="1">31000009</PMID><ArticleIdList/>
            <Book><Publisher><PublisherName>P</PublisherName></Publisher><BookTitle/><PubDate><Year>2020</Year></PubDate></Book>
            </BookDocument></PubmedBookArticle></PubmedArticleSet>
            """u8.ToArray());
        var error = Assert.Single(PubmedReader.Read(s)).Error!;
        Assert.Equal((1L, "BookDocument/ArticleTitle"), (error.Line, error.Column));
    }

    [Fact]
    public void An_empty_ArticleTitle_takes_the_VernacularTitle_as_PubMed_writes_untranslated_articles()
    {
        using var s = new MemoryStream("""
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">123</PMID><Article>
            <Journal><JournalIssue><PubDate><Year>2024</Year></PubDate></JournalIssue></Journal>
            <ArticleTitle/><VernacularTitle>Étude  de cas.</VernacularTitle>
            </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """u8.ToArray());
        var article = Assert.Single(PubmedReader.Read(s));
        Assert.Null(article.Error);
        Assert.Equal("Étude de cas.", article.Record!.Title);
    }

    [Fact]
    public void A_doi_longer_than_any_real_one_is_left_out_rather_than_cut()
    {
        using var s = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"""
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">124</PMID><Article>
            <Journal><JournalIssue><PubDate><Year>2024</Year></PubDate></JournalIssue></Journal>
            <ArticleTitle>T.</ArticleTitle><ELocationID EIdType="doi" ValidYN="Y">10.1000/{new string('x', 250)}</ELocationID>
            </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """));
        var article = Assert.Single(PubmedReader.Read(s)).Record!;
        Assert.Null(article.Doi);
    }

    [Theory]
    [InlineData("<PubmedArticleSet></PubmedArticleSet>")]
    [InlineData("<PubmedArticleSet/>")]
    public void An_empty_set_behind_a_doctype_reads_as_no_articles_without_fetching_the_dtd(string set)
    {
        using var s = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" ?>
            <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
            {set}
            """));
        Assert.Empty(PubmedReader.Read(s).ToList());
    }

    [Theory]
    [InlineData("1998 Dec-1999 Jan", 1998, 12)]
    [InlineData("2021 Nov-Dec", 2021, 11)]
    [InlineData("2000 Spring", 2000, 1)]
    [InlineData("1975-1976", 1975, 1)]
    public void A_MedlineDate_gives_its_first_year_and_month(string medlineDate, int year, int month)
    {
        using var s = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"""
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">125</PMID><Article>
            <Journal><JournalIssue><PubDate><MedlineDate>{medlineDate}</MedlineDate></PubDate></JournalIssue></Journal>
            <ArticleTitle>T.</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """));
        Assert.Equal(new DateOnly(year, month, 1), Assert.Single(PubmedReader.Read(s)).Record!.PublishedOn);
    }

    [Theory]
    [InlineData("<Year>99999</Year>")]
    [InlineData("<MedlineDate>10000 Jan-Feb</MedlineDate>")]
    public void A_year_past_any_calendar_is_a_reported_article_not_a_failed_import(string pubDate)
    {
        // It threw ArgumentOutOfRangeException out of the reader: the whole import died with a stack trace.
        using var s = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"""
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">127</PMID><Article>
            <Journal><JournalIssue><PubDate>{pubDate}</PubDate></JournalIssue></Journal>
            <ArticleTitle>T.</ArticleTitle></Article></MedlineCitation></PubmedArticle>
            <PubmedArticle><MedlineCitation><PMID Version="1">128</PMID><Article>
            <Journal><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue></Journal>
            <ArticleTitle>T.</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """));
        var all = PubmedReader.Read(s).ToList();
        Assert.Equal("128", Assert.Single(all, a => a.Record is not null).Record!.Pmid);
        Assert.Equal("Journal/JournalIssue/PubDate", Assert.Single(all, a => a.Error is not null).Error!.Column);
    }

    [Fact]
    public void An_electronic_date_past_any_calendar_gives_way_to_the_issue_date()
    {
        using var s = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">129</PMID><Article>
            <Journal><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue></Journal>
            <ArticleTitle>T.</ArticleTitle><ArticleDate><Year>10000</Year><Month>1</Month><Day>1</Day></ArticleDate></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """));
        Assert.Equal(new DateOnly(2020, 1, 1), Assert.Single(PubmedReader.Read(s)).Record!.PublishedOn);
    }

    [Fact]
    public void A_pmid_keeps_its_version_one_without_a_version_is_version_1_and_a_version_that_is_no_number_is_reported()
    {
        static string Article(string pmid) => $"""
            <PubmedArticle><MedlineCitation>{pmid}<Article><Journal><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue></Journal>
            <ArticleTitle>T.</ArticleTitle></Article></MedlineCitation></PubmedArticle>
            """;
        using var s = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("<PubmedArticleSet>" + Article("<PMID Version=\"2\">126</PMID>")
            + Article("<PMID>127</PMID>") + Article("<PMID Version=\"two\">128</PMID>") + "</PubmedArticleSet>"));
        var read = PubmedReader.Read(s).ToList();
        Assert.Equal([("126", 2), ("127", 1)], read.Where(r => r.Record is not null).Select(r => (r.Record!.Pmid, r.Record.Version)));
        var error = Assert.Single(read, r => r.Error is not null).Error!;
        Assert.Equal(("MedlineCitation/PMID/@Version", "PMID 128 has version 'two', not a number from 1"), (error.Column, error.Reason));
    }

    [Fact]
    public void DeleteCitation_pmids_are_passed_on_to_the_importer_with_their_versions_and_a_bad_one_is_reported()
    {
        using var s = new MemoryStream("""
            <PubmedArticleSet>
            <DeleteCitation><PMID Version="1">123</PMID><PMID Version="2">456</PMID><PMID>789</PMID>
            <PMID Version="1">12a</PMID></DeleteCitation>
            </PubmedArticleSet>
            """u8.ToArray());
        var deleted = new List<DeletedCitation>();
        var error = Assert.Single(PubmedReader.Read(s, deleted).ToList()).Error!;
        Assert.Equal([new("123", 1), new("456", 2), new("789", 1)], deleted);
        Assert.Equal((3L, "DeleteCitation/PMID", "PMID '12a' is not a number"), (error.Line, error.Column, error.Reason));
    }

    [Fact]
    public void A_file_that_is_not_a_PubmedArticleSet_is_refused_whole()
    {
        using var s = new MemoryStream("<?xml version=\"1.0\"?>\n<eSearchResult><Count>0</Count></eSearchResult>"u8.ToArray());
        var e = Assert.Throws<SourceFormatException>(() => PubmedReader.Read(s).ToList());
        Assert.Equal(2, e.Error.Line);
    }

    [Fact]
    public void Truncated_xml_is_reported_at_its_line()
    {
        using var s = new MemoryStream("<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation>\n"u8.ToArray());
        Assert.Throws<SourceFormatException>(() => PubmedReader.Read(s).ToList());
    }
}
