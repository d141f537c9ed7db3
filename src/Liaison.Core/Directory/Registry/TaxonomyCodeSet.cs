namespace Liaison.Core.Directory.Registry;

/// <summary>
/// A release of the NUCC Health Care Provider Taxonomy code set: maps a code such as 207RC0000X to its readable
/// specialty, and a specialty's words to its codes. The set Liaison ships is <see cref="NuccCodeSet.Shipped"/>; a
/// workspace that imported a later release reads it through <see cref="TaxonomyCodes"/>.
/// </summary>
public sealed class TaxonomyCodeSet
{
    private readonly Lazy<IReadOnlyList<(string Code, string Text)>> _searchText;

    public TaxonomyCodeSet(IReadOnlyDictionary<string, TaxonomyCode> codes, string release)
    {
        All = codes;
        Release = release;
        _searchText = new(() => codes.Values
            .Select(c => (c.Code, NameText.Normalise($"{c.Grouping} {c.Classification} {c.Specialization} {c.DisplayName}")))
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList());
    }

    public IReadOnlyDictionary<string, TaxonomyCode> All { get; }

    /// <summary>The release's version ("22.0"), as NUCC numbers them.</summary>
    public string Release { get; }

    public TaxonomyCode? Find(string? code) => code is not null && All.TryGetValue(code, out var t) ? t : null;

    /// <summary>A readable specialty for a code, the code itself when the code set does not know it.</summary>
    public string Describe(string code) => Find(code)?.Specialty ?? code;

    /// <summary>
    /// Codes whose classification, specialization or display name contains every word of <paramref name="text"/>
    /// (e.g. "oncology" → the oncology codes), or the code itself when <paramref name="text"/> is a code: one of this code
    /// set, or one shaped as NUCC codes are (three digits, six letters or digits, X), which a registry file of a later
    /// release can hold before this code set knows it.
    /// </summary>
    public IReadOnlyList<string> Matching(string text)
    {
        var trimmed = text.Trim().ToUpperInvariant();
        if (All.ContainsKey(trimmed) || IsShapedAsCode(trimmed)) return [trimmed];
        var words = NameText.Words(trimmed);
        if (words.Length == 0) return [];
        return _searchText.Value.Where(c => words.All(w => c.Text.Contains(w, StringComparison.Ordinal))).Select(c => c.Code).ToList();
    }

    /// <summary>This set with <paramref name="release"/>'s codes over it: a code of both reads as the release has it, and a code
    /// the release no longer lists (NUCC retires codes that registry records may still hold) stays readable.</summary>
    public TaxonomyCodeSet With(IEnumerable<TaxonomyCode> codes, string release)
    {
        var merged = new Dictionary<string, TaxonomyCode>(All, StringComparer.Ordinal);
        foreach (var c in codes) merged[c.Code] = c;
        return new TaxonomyCodeSet(merged, release);
    }

    /// <summary>Three digits, six upper-case letters or digits and an X: the shape of every code of the set.</summary>
    public static bool IsShapedAsCode(string text) =>
        text.Length == 10 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && text[9] == 'X'
        && text.AsSpan(3, 6).IndexOfAnyExcept(CodeCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> CodeCharacters =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
