using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using static Liaison.Core.Common.TextCut;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// Streams a PubMed E-utilities efetch file (<c>PubmedArticleSet</c>, the PubMed DTD) one article at a time, so a
/// file of any size is read in constant memory. Each article is validated on its own: a bad one is reported with
/// its line and element and the others are kept. Book articles (chapters and books) are read as publications too;
/// DeleteCitation PMIDs and their versions are passed on so the importer can drop them. A file of several efetch
/// results saved one after another is read as one set (<see cref="AppendedPubmedSets"/>).
/// </summary>
public static partial class PubmedReader
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public static IEnumerable<Parsed<PubmedArticleRecord>> Read(Stream stream, ICollection<DeletedCitation>? deleted = null)
    {
        var settings = new XmlReaderSettings
        {
            // Whitespace is kept: between inline markup ("<i>BRCA1</i> <i>BRCA2</i>") it is the space between two words.
            DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true,
            // A character XML forbids (&#0;) is then one damaged article, reported below, not the end of the file's reading.
            CheckCharacters = false,
        };
        if (stream.CanSeek)
        {
            var head = new byte[4096];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (Common.TextInput.Problem(head.AsSpan(0, n)) is { } unreadable) throw new SourceFormatException(new(1, "PubmedArticleSet", unreadable));
            stream.Position = 0;
        }
        // efetch writes UTF-8; read as text so stray Latin-1 bytes of a re-saved file become characters, not a fatal error.
        // Several efetch results saved into one file read as one set, their articles in file order.
        using var reader = XmlReader.Create(new AppendedPubmedSets(Common.TextInput.Reader(stream)), settings);
        var info = (IXmlLineInfo)reader;
        if (!Next(reader, info)) throw new SourceFormatException(new(1, "PubmedArticleSet", "the file is empty"));
        while (reader.NodeType != XmlNodeType.Element && Next(reader, info)) { }
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "PubmedArticleSet")
            throw new SourceFormatException(new(info.LineNumber, reader.LocalName,
                $"the root element is <{reader.LocalName}>; a PubMed efetch file starts with <PubmedArticleSet>"));
        if (!Next(reader, info)) yield break;
        while (reader.NodeType != XmlNodeType.EndElement || reader.LocalName != "PubmedArticleSet")
        {
            if (reader.NodeType != XmlNodeType.Element) { if (!Next(reader, info)) yield break; continue; }
            long line = info.LineNumber;
            var name = reader.LocalName;
            XElement element;
            try
            {
                // ReadSubtree keeps the file's line numbers on every element, so errors point into the file.
                using (var subtree = reader.ReadSubtree()) element = XElement.Load(subtree, LoadOptions.SetLineInfo);
                reader.Read();
            }
            catch (XmlException e) { throw new SourceFormatException(new(e.LineNumber, name, $"the XML is not well-formed: {e.Message}")); }
            if (Damaged(element) is var (at, problem))
            {
                yield return new(null, new(LineOf(at) ?? line, at.Name.LocalName, problem), line);
                continue;
            }
            switch (name)
            {
                case "PubmedArticle":
                    yield return Parse(element, line);
                    break;
                case "PubmedBookArticle":
                    yield return ParseBook(element, line);
                    break;
                case "DeleteCitation":
                    foreach (var pmid in element.Elements("PMID"))
                    {
                        var (id, version, invalid) = Pmid(pmid, element, "DeleteCitation/PMID", line);
                        if (invalid is not null) yield return new(null, invalid, line);
                        else deleted?.Add(new DeletedCitation(id, version));
                    }
                    break;
                default:
                    yield return new(null, new(line, name, $"<{name}> is not a PubMed article"), line);
                    break;
            }
        }
        NothingAfterTheSet(reader, info);
    }

    /// <summary>
    /// Refuses what follows the end of the last set other than another efetch result (<see cref="AppendedPubmedSets"/> joins
    /// those), which would be left unread without a word: the articles before it are kept and the place it starts is reported.
    /// </summary>
    private static void NothingAfterTheSet(XmlReader reader, IXmlLineInfo info)
    {
        var end = info.LineNumber;
        const string Reason = "the file goes on after </PubmedArticleSet> (line {0}) with something other than another efetch result (<?xml …?> and <PubmedArticleSet>)";
        try
        {
            while (reader.Read())
                if (reader.NodeType is not (XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.Comment or XmlNodeType.ProcessingInstruction))
                    throw new SourceFormatException(new(info.LineNumber, "PubmedArticleSet", string.Format(CultureInfo.InvariantCulture, Reason, end)));
        }
        catch (XmlException e)
        {
            throw new SourceFormatException(new(e.LineNumber, "PubmedArticleSet", string.Format(CultureInfo.InvariantCulture, Reason, end)));
        }
    }

    /// <summary>
    /// The first element whose text or attribute no database text can hold (<c>&amp;#0;</c>, <c>&amp;#xD800;</c>: XML forbids
    /// them, and the reader lets them through so the article alone is reported), and why; null when none.
    /// </summary>
    private static (XElement At, string Problem)? Damaged(XElement article)
    {
        foreach (var e in article.DescendantsAndSelf())
            foreach (var text in e.Nodes().OfType<XText>().Select(t => t.Value).Concat(e.Attributes().Select(a => a.Value)))
                if (Common.NulCharacter.Problem(text) is { } problem) return (e, problem);
        return null;
    }

    private static bool Next(XmlReader reader, IXmlLineInfo info)
    {
        try { return reader.Read(); }
        catch (XmlException e) { throw new SourceFormatException(new(e.LineNumber, "PubmedArticleSet", $"the XML is not well-formed: {e.Message}")); }
    }

    internal static Parsed<PubmedArticleRecord> Parse(XElement article, long line)
    {
        SourceError Fail(XElement? at, string column, string reason) => new(LineOf(at) ?? line, column, reason);
        var citation = article.Element("MedlineCitation");
        if (citation is null) return new(null, Fail(article, "MedlineCitation", "the article has no MedlineCitation"), line);
        var (pmid, version, pmidError) = Pmid(citation, "MedlineCitation/PMID", line);
        if (pmidError is not null) return new(null, pmidError, line);
        var a = citation.Element("Article");
        if (a is null) return new(null, Fail(citation, "MedlineCitation/Article", $"PMID {pmid} has no Article"), line);
        var title = Title(a);
        if (title.Length == 0) return new(null, Fail(a, "Article/ArticleTitle", $"PMID {pmid} has no title"), line);

        var journal = a.Element("Journal");
        var pubDate = journal?.Element("JournalIssue")?.Element("PubDate");
        var date = ArticleDate(a) ?? IssueDate(pubDate);
        if (DateProblem(date, pmid) is { } dateProblem) return new(null, Fail(pubDate ?? journal ?? a, "Journal/JournalIssue/PubDate", dateProblem), line);

        var (authors, authorError) = Authors(a.Element("AuthorList")?.Elements("Author") ?? [], pmid, line);
        if (authorError is not null) return new(null, authorError, line);
        var doi = Doi(article.Element("PubmedData")?.Element("ArticleIdList"), a.Elements("ELocationID"));
        var record = Record(pmid, version, title, journal?.Element("Title")?.Value, date!.Value, doi, authors) with { IsCongress = IsCongress(a) };
        return new(record, null, line);
    }

    /// <summary>PubMed's publication type "Congress" (MeSH D016423): conference proceedings, its authors' congress work.</summary>
    private static bool IsCongress(XElement article) =>
        article.Element("PublicationTypeList")?.Elements("PublicationType")
            .Any(t => (string?)t.Attribute("UI") == CongressType || t.Value.Trim().Equals("Congress", StringComparison.OrdinalIgnoreCase)) == true;

    private const string CongressType = "D016423";

    /// <summary>
    /// The PMID of a citation and its version (<c>&lt;PMID Version="2"&gt;</c>; a versioned citation keeps its PMID and
    /// numbers its versions, and one without a version is version 1), or why it has none.
    /// </summary>
    private static (string Pmid, int Version, SourceError? Error) Pmid(XElement citation, string column, long line) =>
        Pmid(citation.Element("PMID"), citation, column, line);

    private static (string Pmid, int Version, SourceError? Error) Pmid(XElement? element, XElement citation, string column, long line)
    {
        var pmid = element?.Value.Trim() ?? "";
        if (pmid.Length == 0) return (pmid, 0, new(LineOf(citation) ?? line, column, "PMID is missing"));
        if (pmid.Length > 12 || !pmid.All(char.IsAsciiDigit)) return (pmid, 0, new(LineOf(element) ?? line, column, $"PMID '{pmid}' is not a number"));
        var version = ((string?)element!.Attribute("Version"))?.Trim();
        return version is null ? (pmid, 1, null)
            : int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 ? (pmid, v, null)
            : (pmid, 0, new(LineOf(element) ?? line, $"{column}/@Version", $"PMID {pmid} has version '{version}', not a number from 1"));
    }

    /// <summary>An article not translated into English may have an empty ArticleTitle beside its VernacularTitle.</summary>
    private static string Title(XElement work) =>
        Collapse(work.Element("ArticleTitle")?.Value) is { Length: > 0 } english ? english : Collapse(work.Element("VernacularTitle")?.Value);

    private static string? DateProblem(DateOnly? date, string pmid) =>
        date is null ? $"PMID {pmid} has no publication year"
        : date.Value.Year < 1800 || date.Value.Year > DateTime.UtcNow.Year + 1 ? $"publication year {date.Value.Year} is not plausible"
        : null;

    /// <summary>The DOI among the article ids, else among the electronic locations (not one NLM marks invalid, ValidYN="N").</summary>
    private static string? Doi(XElement? articleIds, IEnumerable<XElement> locations) =>
        articleIds?.Elements("ArticleId").FirstOrDefault(i => (string?)i.Attribute("IdType") == "doi")?.Value.Trim()
        ?? locations.FirstOrDefault(e => (string?)e.Attribute("EIdType") == "doi" && (string?)e.Attribute("ValidYN") != "N")?.Value.Trim();

    private static PubmedArticleRecord Record(string pmid, int version, string title, string? venue, DateOnly date, string? doi, List<PubmedAuthorRecord> authors) =>
        // Real DOIs fit the 200 characters stored; a longer one is damaged, and a cut one would point elsewhere.
        new(pmid, version, Cut(title, 2000), NullIfEmpty(Cut(Collapse(venue), 400)), date.Year, date, doi is { Length: > 0 and <= 200 } ? doi : null, authors);

    /// <summary>The authors in order (an erratum's invalid spelling, ValidYN="N", left out), or the first one without a name.</summary>
    private static (List<PubmedAuthorRecord> Authors, SourceError? Error) Authors(IEnumerable<XElement> list, string pmid, long line)
    {
        var authors = new List<PubmedAuthorRecord>();
        foreach (var author in list)
        {
            if (string.Equals((string?)author.Attribute("ValidYN"), "N", StringComparison.Ordinal)) continue;
            var last = Collapse(author.Element("LastName")?.Value);
            var collective = Collapse(author.Element("CollectiveName")?.Value);
            if (last.Length == 0 && collective.Length == 0)
                return ([], new(LineOf(author) ?? line, "AuthorList/Author", $"author {authors.Count + 1} of PMID {pmid} has neither LastName nor CollectiveName"));
            var orcid = author.Elements("Identifier").FirstOrDefault(i => (string?)i.Attribute("Source") == "ORCID")?.Value.Trim();
            // Cut to the stored lengths: a consortium's CollectiveName can run to hundreds of characters.
            authors.Add(new PubmedAuthorRecord(authors.Count + 1, Cut(last.Length > 0 ? last : collective, 300),
                NullIfEmpty(Cut(Collapse(author.Element("ForeName")?.Value), 100)), NullIfEmpty(Cut(Collapse(author.Element("Initials")?.Value), 20)),
                last.Length == 0, author.Elements("AffiliationInfo").Select(i => Collapse(i.Element("Affiliation")?.Value))
                    .Where(s => s.Length > 0).ToList(), orcid is { Length: > 0 } ? OrcidId(orcid) : null));
        }
        return (authors, null);
    }

    private static DateOnly? ArticleDate(XElement article)
    {
        var d = article.Elements("ArticleDate").FirstOrDefault();
        if (d is null) return null;
        return int.TryParse(d.Element("Year")?.Value, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 9999
               && int.TryParse(d.Element("Month")?.Value, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
               && int.TryParse(d.Element("Day")?.Value, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, day) : null;
    }

    /// <summary>PubDate is Year[/Month[/Day]] or Season, or a free-text MedlineDate such as "1998 Dec-1999 Jan".</summary>
    private static DateOnly? IssueDate(XElement? pubDate)
    {
        if (pubDate is null) return null;
        var medline = YearAndMonthIn().Match(pubDate.Element("MedlineDate")?.Value ?? "");
        var yearText = pubDate.Element("Year")?.Value ?? medline.Groups[1].Value;
        // A year no calendar holds (99999) is no date: reported as the article's missing year, not thrown out of the reader.
        if (!int.TryParse(yearText, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999) return null;
        var monthText = (pubDate.Element("Month")?.Value ?? medline.Groups[2].Value).Trim();
        var month = int.TryParse(monthText, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m
            : monthText.Length >= 3 ? Array.IndexOf(Months, monthText[..3].ToUpperInvariant()) + 1 : 0;
        if (month == 0) return new DateOnly(year, 1, 1);
        var day = int.TryParse(pubDate.Element("Day")?.Value, CultureInfo.InvariantCulture, out var d) && d >= 1
                  && d <= DateTime.DaysInMonth(year, month) ? d : 1;
        return new DateOnly(year, month, day);
    }

    private static string OrcidId(string value) => value.Length > 19 ? value[^19..] : value;
    private static long? LineOf(XElement? e) => e is IXmlLineInfo i && i.HasLineInfo() ? i.LineNumber : null;
    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
    private static string Collapse(string? s) => s is null ? "" : Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // The first year of a MedlineDate and the word after it: "1998 Dec-1999 Jan" → 1998, Dec; "2000 Spring" → 2000, Spring.
    [GeneratedRegex(@"\b(\d{4})\b(?:\s+([A-Za-z]+))?")]
    private static partial Regex YearAndMonthIn();
}
