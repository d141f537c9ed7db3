using nietras.SeparatedValues;

namespace Liaison.Core.Common;

/// <summary>Whether a CSV row has the header's fields, for the importers that read rows by header name.</summary>
internal static class CsvRowWidth
{
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
}
