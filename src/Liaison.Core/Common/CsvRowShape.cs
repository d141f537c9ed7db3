using nietras.SeparatedValues;

namespace Liaison.Core.Common;

/// <summary>
/// Whether a CSV row has the header's shape, for the importers that read rows by header name (a stray quote's run-on
/// rows are caught before, by <see cref="BoundedCsvText"/>).
/// </summary>
internal static class CsvRowShape
{
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
        return Blank(row, width);
    }

    /// <summary>True when no field holds more than spaces: a blank line, or a spreadsheet's empty row (commas and nothing between).</summary>
    public static bool IsEmpty(SepReader.Row row) => Blank(row, 0);

    private static bool Blank(SepReader.Row row, int from)
    {
        for (var i = from; i < row.ColCount; i++)
            if (!row[i].Span.IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>The row's fields as text (a header read as a row, a row kept past the reader's next move).</summary>
    public static string[] Texts(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
        return fields;
    }
}
