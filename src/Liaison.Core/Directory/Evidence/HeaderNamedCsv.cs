using Liaison.Core.Common;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// The records of a CSV file whose columns are found by header name (the NUCC code set, Part D prescribing): the header
/// read as a row, a name given twice taken where it first stands, a missing required column fatal to the file; then each
/// row as its fields, or reported by line — a stray quote's run-on, a row cut off or running past the header, a NUL
/// character — before the format's own reader sees it. Blank lines and a spreadsheet's empty rows (commas only) are skipped.
/// </summary>
internal static class HeaderNamedCsv
{
    /// <param name="bounded">The file's text, its records bounded so a stray quote cannot swallow the rest.</param>
    /// <param name="required">Columns without which this is not the expected file.</param>
    /// <param name="notThisFile">What the file then is not, as in "this is not a NUCC taxonomy code set file".</param>
    /// <param name="name">A header name as the reader knows it (a legacy layout's renamed column).</param>
    /// <param name="reader">Given the header's index, the reader of one row's fields at a line; it may throw a
    /// <see cref="SourceFormatException"/> for a header the format cannot read.</param>
    public static IEnumerable<Parsed<T>> Read<T>(BoundedCsvText bounded, IReadOnlyList<string> required, string notThisFile,
        Func<string, string> name, Func<Dictionary<string, int>, Func<string[], long, Parsed<T>>> reader) where T : class
    {
        using var rows = bounded.Rows(hasHeader: false);
        if (!rows.MoveNext()) throw new SourceFormatException(new(1, "header", "the file is empty"));
        var header = CsvRowShape.Texts(rows.Current);
        if (header.Length > 0) header[0] = header[0].TrimStart('\uFEFF');
        var width = CsvRowShape.NamedWidth(header);
        var index = header.Select((h, i) => (h: name(h.Trim()), i)).GroupBy(x => x.h, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        foreach (var r in required)
            if (!index.ContainsKey(r))
                throw new SourceFormatException(new(1, r, $"column {r} is missing: this is not {notThisFile}"));
        var read = reader(index);
        while (rows.MoveNext())
        {
            var row = rows.Current;
            long line = row.LineNumberFrom;
            // A stray quote's row is reported, and the lines it ran into are read on their own.
            if (bounded.Runaway(line) is { } runaway) yield return Fail<T>(line, "(row)", runaway);
            else if (CsvRowShape.IsEmpty(row)) continue;
            // A cut-off last line leaves fewer fields than the header: its blanks would read as empty values.
            else if (!CsvRowShape.Fits(row, width))
                yield return Fail<T>(line, "(row)", $"the row has {row.ColCount} fields; the header has {width} (a cut-off line or an unbalanced quote)");
            else
            {
                var fields = CsvRowShape.Texts(row);
                var nul = Array.FindIndex(fields, f => NulCharacter.In(f));
                yield return nul < 0 ? read(fields, line) : Fail<T>(line, nul < header.Length ? header[nul].Trim() : "(row)", NulCharacter.Reason);
            }
        }
    }

    private static Parsed<T> Fail<T>(long line, string column, string reason) where T : class => new(null, new(line, column, reason), line);
}
