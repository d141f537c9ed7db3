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

    /// <summary>The file's header as CMS's readme names its columns (spacing as published), in their order.</summary>
    public static IReadOnlyList<string> Published { get; } =
    [
        "NPI", $"{Prefix} Address Line 1", $"{Prefix}  Address Line 2", "Provider Secondary Practice Location Address - City Name",
        "Provider Secondary Practice Location Address - State Name", "Provider Secondary Practice Location Address - Postal Code",
        "Provider Secondary Practice Location Address - Country Code (If outside U.S.)",
        "Provider Secondary Practice Location Address - Telephone Number", "Provider Secondary Practice Location Address - Telephone Extension",
        "Provider Practice Location Address - Fax Number",
    ];

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
        var p = Published;
        var layout = new PracticeLocationLayout(header)
        {
            Npi = Req(p[0]),
            Address = new(Req(p[1]), Req(p[2]), Req(p[3]), Req(p[4]), Req(p[5]), Req(p[6]), Opt(p[7]), Opt(p[9])),
        };
        return missing.Count == 0 ? (layout, []) : (null, missing);
    }

    /// <summary>Whether <paramref name="header"/> is a practice location file's: it names the NPI and the secondary location's first line.</summary>
    public static bool IsPracticeLocationHeader(IReadOnlyList<string> header) =>
        header.Any(h => Key(h) == Key(Published[0])) && header.Any(h => Key(h) == Key(Published[1]));

    /// <summary>A column name with its white space left out, upper case: "Provider Secondary…Address-  Address Line 2" as published matches.</summary>
    private static string Key(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c != '\uFEFF')).ToUpperInvariant();
}
