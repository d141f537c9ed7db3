using nietras.SeparatedValues;

namespace Liaison.Core.Common;

/// <summary>
/// Whether a CSV row has the header's shape, for the importers that read rows by header name; and the way back
/// in step after a stray quote, which would otherwise make the parser read every following line as one field.
/// </summary>
internal static class CsvRowShape
{
    public const string RunawayReason = "an unbalanced quote runs this row on into the lines after it: the row is skipped and those lines are read on their own";

    /// <summary>The header's fields up to its last named one: a trailing comma on the header line adds no column.</summary>
    public static int NamedWidth(IReadOnlyList<string> header)
    {
        var width = header.Count;
        while (width > 0 && string.IsNullOrWhiteSpace(header[width - 1])) width--;
        return width;
    }

    /// <summary>
    /// True when the row has the header's <paramref name="width"/> fields, or more that are all empty (a trailing comma a
    /// tool added carries nothing); false for fewer (a cut-off line, a stray quote) or for text past the header.
    /// </summary>
    public static bool Fits(SepReader.Row row, int width)
    {
        if (row.ColCount < width) return false;
        for (var i = width; i < row.ColCount; i++)
            if (!row[i].Span.IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>
    /// The raw text of a row that spans several lines yet does not fit the header (a stray quote opened a field that
    /// never closed), or null. Call it before reading any field: unescaping rewrites the row's text in place.
    /// </summary>
    public static string? Runaway(SepReader.Row row, int width)
    {
        if (row.LineNumberToExcl - row.LineNumberFrom < 2) return null;
        var raw = row.Span.ToString();
        return Fits(row, width) ? null : raw;
    }

    /// <summary>The lines of a runaway row after its first, read again as rows of their own (no header; line 1 is the second line).</summary>
    public static SepReader LinesAfterFirst(string runaway) =>
        Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .FromText(runaway[(runaway.IndexOf('\n') + 1)..]);
}
