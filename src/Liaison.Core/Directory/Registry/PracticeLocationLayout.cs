namespace Liaison.Core.Directory.Registry;

/// <summary>
/// Where each field is in an NPPES Practice Location Reference File (<c>pl_pfile_….csv</c>, one row per secondary
/// practice location of an NPI), found by column name. CMS's readme names the columns with irregular spacing
/// ("Provider Secondary Practice Location Address- Address Line 1", "…Address-  Address Line 2", "…Address - City Name"),
/// so names are matched with white space and case ignored. The telephone extension is not kept (an address holds one phone).
/// </summary>
public sealed class PracticeLocationLayout
{
    private const string Prefix = "Provider Secondary Practice Location Address-";

    private PracticeLocationLayout(IReadOnlyList<string> header) => (Header, ColumnCount) = (header, Common.CsvRowShape.NamedWidth(header));

    public IReadOnlyList<string> Header { get; }
    /// <summary>The header's columns up to its last named one.</summary>
    public int ColumnCount { get; }
    public int Npi { get; private init; }
    public NppesLayout.AddressColumns Address { get; private init; } = null!;

    /// <summary>The layout of <paramref name="header"/>, or the names of the required columns it lacks.</summary>
    public static (PracticeLocationLayout? Layout, IReadOnlyList<string> Missing) From(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++) index.TryAdd(Key(header[i]), i);
        var missing = new List<string>();
        int Req(string name)
        {
            if (index.TryGetValue(Key(name), out var i)) return i;
            missing.Add(name);
            return -1;
        }
        int Opt(string name) => index.GetValueOrDefault(Key(name), -1);
        var layout = new PracticeLocationLayout(header)
        {
            Npi = Req("NPI"),
            Address = new(Req($"{Prefix} Address Line 1"), Req($"{Prefix} Address Line 2"), Req($"{Prefix} City Name"),
                Req($"{Prefix} State Name"), Req($"{Prefix} Postal Code"), Req($"{Prefix} Country Code (If outside U.S.)"),
                Opt($"{Prefix} Telephone Number"), Opt("Provider Practice Location Address - Fax Number")),
        };
        return missing.Count == 0 ? (layout, []) : (null, missing);
    }

    /// <summary>Whether <paramref name="header"/> is a practice location file's: it names the NPI and the secondary location's first line.</summary>
    public static bool IsPracticeLocationHeader(IReadOnlyList<string> header) =>
        header.Any(h => Key(h) == Key("NPI")) && header.Any(h => Key(h) == Key($"{Prefix} Address Line 1"));

    /// <summary>A column name with its white space left out, upper case: "Provider Secondary…Address-  Address Line 2" as published matches.</summary>
    private static string Key(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c != '\uFEFF')).ToUpperInvariant();
}
