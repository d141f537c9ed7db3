using nietras.SeparatedValues;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// The NUCC Health Care Provider Taxonomy code set Liaison ships (v22.0, Reference/SOURCES.md), loaded once from the
/// embedded resource. A workspace can import a later release (<c>liaison import nucc</c>); read codes through
/// <see cref="TaxonomyCodes"/>, which gives the workspace's release over this one.
/// </summary>
public static class NuccCodeSet
{
    public const string Version = "22.0";
    private static readonly Lazy<TaxonomyCodeSet> Set = new(() => new TaxonomyCodeSet(Load(), Version));

    public static TaxonomyCodeSet Shipped => Set.Value;

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
