using System.Xml.Linq;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// A <c>PubmedBookArticle</c> (NCBI Bookshelf: a chapter, or a whole book) read as a publication, per the PubMed DTD:
/// <c>BookDocument (PMID, ArticleIdList, Book, LocationLabel*, ArticleTitle?, VernacularTitle?, …, AuthorList*, …,
/// ContributionDate?, …)</c> and <c>Book (Publisher, BookTitle, PubDate, …, AuthorList*, …, ELocationID*, …)</c>.
/// </summary>
public static partial class PubmedReader
{
    internal static Parsed<PubmedArticleRecord> ParseBook(XElement article, long line)
    {
        SourceError Fail(XElement? at, string column, string reason) => new(LineOf(at) ?? line, column, reason);
        var document = article.Element("BookDocument");
        if (document is null) return new(null, Fail(article, "BookDocument", "the book article has no BookDocument"), line);
        var (pmid, version, pmidError) = Pmid(document, "BookDocument/PMID", line);
        if (pmidError is not null) return new(null, pmidError, line);
        var book = document.Element("Book");
        if (book is null) return new(null, Fail(document, "BookDocument/Book", $"PMID {pmid} names no Book"), line);

        // A chapter has its own title and sits in the book; a whole book is its BookTitle, from its publisher.
        var bookTitle = Collapse(book.Element("BookTitle")?.Value);
        var chapter = Title(document);
        var title = chapter.Length > 0 ? chapter : bookTitle;
        if (title.Length == 0) return new(null, Fail(document, "BookDocument/ArticleTitle", $"PMID {pmid} has neither an ArticleTitle nor a BookTitle"), line);
        var venue = chapter.Length > 0 && bookTitle.Length > 0 ? bookTitle : book.Element("Publisher")?.Element("PublisherName")?.Value;

        // The chapter's own date (a living book such as GeneReviews keeps the year it began as the book's PubDate).
        var pubDate = book.Element("PubDate");
        var date = IssueDate(document.Element("ContributionDate")) ?? IssueDate(pubDate);
        if (DateProblem(date, pmid) is { } dateProblem) return new(null, Fail(pubDate ?? book, "Book/PubDate", dateProblem), line);

        // The chapter's authors, else the book's; editors (AuthorList Type="editors") are not its authors.
        static IEnumerable<XElement> Written(XElement e) =>
            e.Elements("AuthorList").Where(l => (string?)l.Attribute("Type") != "editors").Elements("Author");
        var written = Written(document).ToList();
        var (authors, authorError) = Authors(written.Count > 0 ? written : Written(book), pmid, line);
        if (authorError is not null) return new(null, authorError, line);
        var doi = Doi(document.Element("ArticleIdList"), book.Elements("ELocationID"))
                  ?? Doi(article.Element("PubmedBookData")?.Element("ArticleIdList"), []);
        return new(Record(pmid, version, title, venue, date!.Value, doi, authors), null, line);
    }
}
