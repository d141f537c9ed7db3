using System.Globalization;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// ISO 3166-1 two-letter country codes for a country as feeds write it: FHIR R4's Address.country is free text ("ISO 3166
/// 2 or 3 letter code" or a name), so "FRA" and "France" are France as much as "FR" is. Read from the platform's region
/// data (ICU): its English names and three-letter codes.
/// </summary>
public static class CountryCodes
{
    private static readonly Lazy<Dictionary<string, string>> Known = new(Load);

    /// <summary>The two-letter code of <paramref name="country"/> (a code or an English name, in any case), or null when it names no country known.</summary>
    public static string? TwoLetter(string country)
    {
        var text = country.Trim();
        // A two-letter code stands as given: the region data need not know every code a registry uses.
        if (text.Length == 2 && text.All(char.IsAsciiLetter)) return text.ToUpperInvariant();
        if (text.Equals("USA", StringComparison.OrdinalIgnoreCase) || text.Equals("United States of America", StringComparison.OrdinalIgnoreCase))
            return "US";
        return Known.Value.GetValueOrDefault(text);
    }

    private static Dictionary<string, string> Load()
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            var region = new RegionInfo(culture.Name);
            var two = region.TwoLetterISORegionName;
            // Cultures of a continent or the world ("001", "419") are no country.
            if (two.Length != 2 || !two.All(char.IsAsciiLetter)) continue;
            codes.TryAdd(two, two);
            codes.TryAdd(region.ThreeLetterISORegionName, two);
            codes.TryAdd(region.EnglishName, two);
        }
        return codes;
    }
}
