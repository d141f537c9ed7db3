namespace Liaison.Core.Directory.Evidence;

/// <summary>USPS state codes and names, so "Boston, Massachusetts" and a practice state "MA" agree.</summary>
public static class UsStateNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AL"] = "Alabama", ["AK"] = "Alaska", ["AZ"] = "Arizona", ["AR"] = "Arkansas", ["CA"] = "California", ["CO"] = "Colorado",
        ["CT"] = "Connecticut", ["DE"] = "Delaware", ["DC"] = "District of Columbia", ["FL"] = "Florida", ["GA"] = "Georgia",
        ["HI"] = "Hawaii", ["ID"] = "Idaho", ["IL"] = "Illinois", ["IN"] = "Indiana", ["IA"] = "Iowa", ["KS"] = "Kansas",
        ["KY"] = "Kentucky", ["LA"] = "Louisiana", ["ME"] = "Maine", ["MD"] = "Maryland", ["MA"] = "Massachusetts",
        ["MI"] = "Michigan", ["MN"] = "Minnesota", ["MS"] = "Mississippi", ["MO"] = "Missouri", ["MT"] = "Montana",
        ["NE"] = "Nebraska", ["NV"] = "Nevada", ["NH"] = "New Hampshire", ["NJ"] = "New Jersey", ["NM"] = "New Mexico",
        ["NY"] = "New York", ["NC"] = "North Carolina", ["ND"] = "North Dakota", ["OH"] = "Ohio", ["OK"] = "Oklahoma",
        ["OR"] = "Oregon", ["PA"] = "Pennsylvania", ["RI"] = "Rhode Island", ["SC"] = "South Carolina", ["SD"] = "South Dakota",
        ["TN"] = "Tennessee", ["TX"] = "Texas", ["UT"] = "Utah", ["VT"] = "Vermont", ["VA"] = "Virginia", ["WA"] = "Washington",
        ["WV"] = "West Virginia", ["WI"] = "Wisconsin", ["WY"] = "Wyoming", ["PR"] = "Puerto Rico", ["GU"] = "Guam",
        ["VI"] = "Virgin Islands",
    };

    private static readonly Dictionary<string, string> Codes = Names.ToDictionary(n => n.Value, n => n.Key, StringComparer.OrdinalIgnoreCase);

    public static string? NameOf(string code) => Names.GetValueOrDefault(code);

    /// <summary>The USPS code of a state written out ("Massachusetts" → MA, in any case), or null.</summary>
    public static string? CodeOf(string name) => Codes.GetValueOrDefault(name.Trim());

    public static bool IsCode(string? code) => code is { Length: 2 } && Names.ContainsKey(code);

    /// <summary>A state given as code or name (as ClinicalTrials.gov gives it) is the state with this code.</summary>
    public static bool Matches(string? given, string code) =>
        given is { Length: > 0 } && (string.Equals(given, code, StringComparison.OrdinalIgnoreCase)
                                     || string.Equals(given, NameOf(code), StringComparison.OrdinalIgnoreCase));
}
