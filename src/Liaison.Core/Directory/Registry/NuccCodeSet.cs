using nietras.SeparatedValues;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// The NUCC Health Care Provider Taxonomy code set Liaison ships (v22.0, Reference/SOURCES.md): maps a code
/// such as 207RC0000X to its readable specialty. Loaded once from the embedded resource.
/// </summary>
public static class NuccCodeSet
{
    public const string Version = "22.0";
    private static readonly Lazy<IReadOnlyDictionary<string, TaxonomyCode>> Codes = new(Load);
    private static readonly Lazy<IReadOnlyList<(string Code, string Text)>> SearchText = new(() => Codes.Value.Values
        .Select(c => (c.Code, NameText.Normalise($"{c.Grouping} {c.Classification} {c.Specialization} {c.DisplayName}")))
        .OrderBy(c => c.Code, StringComparer.Ordinal).ToList());

    public static IReadOnlyDictionary<string, TaxonomyCode> All => Codes.Value;

    public static TaxonomyCode? Find(string? code) =>
        code is not null && Codes.Value.TryGetValue(code, out var t) ? t : null;

    /// <summary>A readable specialty for a code, the code itself when the code set does not know it.</summary>
    public static string Describe(string code) => Find(code)?.Specialty ?? code;

    /// <summary>
    /// Codes whose classification, specialization or display name contains every word of <paramref name="text"/>
    /// (e.g. "oncology" → the oncology codes), or the code itself when <paramref name="text"/> is a code: one of this code
    /// set, or one shaped as NUCC codes are (three digits, six letters or digits, X), which a registry file of a later
    /// release can hold before this code set knows it.
    /// </summary>
    public static IReadOnlyList<string> Matching(string text)
    {
        var trimmed = text.Trim().ToUpperInvariant();
        if (Codes.Value.ContainsKey(trimmed) || IsShapedAsCode(trimmed)) return [trimmed];
        var words = NameText.Words(trimmed);
        if (words.Length == 0) return [];
        return SearchText.Value.Where(c => words.All(w => c.Text.Contains(w, StringComparison.Ordinal))).Select(c => c.Code).ToList();
    }

    /// <summary>Three digits, six upper-case letters or digits and an X: the shape of every code of the set.</summary>
    public static bool IsShapedAsCode(string text) =>
        text.Length == 10 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && text[9] == 'X'
        && text.AsSpan(3, 6).IndexOfAnyExcept(CodeCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> CodeCharacters =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static IReadOnlyDictionary<string, TaxonomyCode> Load()
    {
        using var stream = typeof(NuccCodeSet).Assembly.GetManifestResourceStream("Liaison.Directory.nucc_taxonomy_v22.0.csv")
            ?? throw new InvalidOperationException("The NUCC code set resource is missing.");
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(stream);
        var codes = new Dictionary<string, TaxonomyCode>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            var code = row["Code"].ToString();
            var specialization = row["Specialization"].ToString();
            codes[code] = new TaxonomyCode
            {
                Code = code, Grouping = row["Grouping"].ToString(), Classification = row["Classification"].ToString(),
                Specialization = specialization.Length == 0 ? null : specialization,
                DisplayName = row["Display Name"].ToString(), Section = row["Section"].ToString(),
            };
        }
        return codes;
    }
}
