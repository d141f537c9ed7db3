using System.Globalization;
using System.Text.RegularExpressions;
using Liaison.Core.Common;
using Liaison.Core.Directory.Evidence;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// Reads a release of the NUCC taxonomy code set as NUCC publishes it (<c>nucc_taxonomy_250.csv</c>: Code, Grouping,
/// Classification, Specialization, Definition, Notes, Display Name, Section; Windows-1252 text, read here as UTF-8
/// that keeps those bytes), columns by header name. Releases before 16.0 have no Display Name or Section: the display
/// name is then the specialization or classification, the section left empty. Each row is checked: the code's shape
/// (three digits, six letters or digits, X), a grouping and a classification, the section, the widths Liaison stores.
/// </summary>
public static partial class NuccCodeSetReader
{
    private static readonly string[] Required = ["Code", "Grouping", "Classification"];

    /// <summary>A definition runs to a few KB: a record still open past 64 KiB is a stray quote running on.</summary>
    private const int MaxRecordChars = 64 * 1024;

    /// <summary>The release a NUCC file name gives: <c>nucc_taxonomy_250.csv</c> → "25.0", <c>…_231.csv</c> → "23.1".</summary>
    public static string? ReleaseFromFileName(string path) =>
        ReleaseInName().Match(Path.GetFileName(path)) is { Success: true } m
            ? $"{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)}.{m.Groups[2].Value}" : null;

    public static IEnumerable<Parsed<TaxonomyCode>> Read(TextReader text)
    {
        using var bounded = new BoundedCsvText(text, MaxRecordChars);
        foreach (var code in HeaderNamedCsv.Read<TaxonomyCode>(bounded, Required, "a NUCC taxonomy code set file", n => n,
                     index => (fields, line) => Code(fields, index, line)))
            yield return code;
    }

    private static Parsed<TaxonomyCode> Code(string[] f, Dictionary<string, int> index, long line)
    {
        string Get(string column) => index.TryGetValue(column, out var i) && i < f.Length ? f[i].Trim() : "";
        Parsed<TaxonomyCode> Fail(string column, string reason) => new(null, new(line, column, reason), line);

        var code = Get("Code").ToUpperInvariant();
        if (!TaxonomyCodeSet.IsShapedAsCode(code))
            return Fail("Code", $"'{Get("Code")}' is not a taxonomy code (three digits, six letters or digits and an X, such as 207RC0000X)");
        var grouping = Get("Grouping");
        var classification = Get("Classification");
        var specialization = Get("Specialization");
        if (grouping.Length == 0) return Fail("Grouping", "the grouping is empty");
        if (classification.Length == 0) return Fail("Classification", "the classification is empty");
        var display = Get("Display Name");
        if (display.Length == 0) display = specialization.Length > 0 ? specialization : classification;
        var section = Get("Section");
        if (section is not ("" or "Individual" or "Non-Individual"))
            return Fail("Section", $"'{section}' is not a section (Individual or Non-Individual)");
        foreach (var (column, value, max) in new[]
                 {
                     ("Grouping", grouping, TaxonomyCode.TextWidth), ("Classification", classification, TaxonomyCode.TextWidth),
                     ("Specialization", specialization, TaxonomyCode.TextWidth), ("Display Name", display, TaxonomyCode.DisplayNameWidth),
                 })
            if (value.Length > max) return Fail(column, $"{value.Length} characters: longer than the {max} kept");
        return new(new TaxonomyCode
        {
            Code = code, Grouping = grouping, Classification = classification,
            Specialization = specialization.Length == 0 ? null : specialization, DisplayName = display, Section = section,
        }, null, line);
    }

    [GeneratedRegex(@"^nucc_taxonomy_v?(\d{2,3})(\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseInName();
}
