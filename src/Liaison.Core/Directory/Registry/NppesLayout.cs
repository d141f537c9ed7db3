namespace Liaison.Core.Directory.Registry;

/// <summary>
/// Where each field is in an NPPES "npidata_pfile" header, found by column NAME so the current 330-column layout
/// (Provider Sex Code, Certification Date), the older 329-column one (Provider Gender Code) and the weekly
/// incremental files (same layout) all read alike.
/// </summary>
public sealed class NppesLayout
{
    public const int TaxonomySlots = 15;

    private NppesLayout(IReadOnlyList<string> header) => (Header, ColumnCount) = (header, Common.CsvRowShape.NamedWidth(header));

    public IReadOnlyList<string> Header { get; }
    /// <summary>The header's columns up to its last named one.</summary>
    public int ColumnCount { get; }
    public int Npi { get; private init; }
    public int EntityType { get; private init; }
    public int OrganisationName { get; private init; }
    public int LastName { get; private init; }
    public int FirstName { get; private init; }
    public int MiddleName { get; private init; }
    public int NamePrefix { get; private init; }
    public int NameSuffix { get; private init; }
    public int Credential { get; private init; }
    public int OtherOrganisationName { get; private init; }
    public int OtherLastName { get; private init; }
    public int OtherFirstName { get; private init; }
    public AddressColumns Mailing { get; private init; } = null!;
    public AddressColumns Practice { get; private init; } = null!;
    public int EnumerationDate { get; private init; }
    public int LastUpdateDate { get; private init; }
    public int DeactivationReason { get; private init; }
    public int DeactivationDate { get; private init; }
    public int ReactivationDate { get; private init; }
    public int Sex { get; private init; }
    public int SoleProprietor { get; private init; }
    public int OrganisationSubpart { get; private init; }
    public int ParentOrganisationName { get; private init; }
    /// <summary>-1 in the older layout.</summary>
    public int CertificationDate { get; private init; }
    public IReadOnlyList<TaxonomyColumns> Taxonomies { get; private init; } = [];

    public sealed record AddressColumns(int Line1, int Line2, int City, int State, int PostalCode, int Country, int Phone, int Fax);
    public sealed record TaxonomyColumns(int Slot, int Code, int License, int LicenseState, int PrimarySwitch);

    /// <summary>The layout of <paramref name="header"/>, or the names of the required columns it lacks.</summary>
    public static (NppesLayout? Layout, IReadOnlyList<string> Missing) From(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) index.TryAdd(header[i].Trim(), i);
        var missing = new List<string>();
        int Req(string name)
        {
            if (index.TryGetValue(name, out var i)) return i;
            missing.Add(name);
            return -1;
        }
        int Opt(string name) => index.GetValueOrDefault(name, -1);
        AddressColumns Address(string kind) => new(
            Req($"Provider First Line Business {kind} Address"), Req($"Provider Second Line Business {kind} Address"),
            Req($"Provider Business {kind} Address City Name"), Req($"Provider Business {kind} Address State Name"),
            Req($"Provider Business {kind} Address Postal Code"),
            Req($"Provider Business {kind} Address Country Code (If outside U.S.)"),
            Opt($"Provider Business {kind} Address Telephone Number"), Opt($"Provider Business {kind} Address Fax Number"));

        var sex = Opt("Provider Sex Code");
        if (sex < 0) sex = Opt("Provider Gender Code");
        if (sex < 0) missing.Add("Provider Sex Code (or Provider Gender Code)");
        var taxonomies = new List<TaxonomyColumns>();
        for (var n = 1; n <= TaxonomySlots; n++)
        {
            var code = n == 1 ? Req($"Healthcare Provider Taxonomy Code_{n}") : Opt($"Healthcare Provider Taxonomy Code_{n}");
            if (code < 0) continue;
            taxonomies.Add(new(n, code, Opt($"Provider License Number_{n}"), Opt($"Provider License Number State Code_{n}"),
                Opt($"Healthcare Provider Primary Taxonomy Switch_{n}")));
        }
        var layout = new NppesLayout(header)
        {
            Npi = Req("NPI"),
            EntityType = Req("Entity Type Code"),
            OrganisationName = Req("Provider Organization Name (Legal Business Name)"),
            LastName = Req("Provider Last Name (Legal Name)"),
            FirstName = Req("Provider First Name"),
            MiddleName = Opt("Provider Middle Name"),
            NamePrefix = Opt("Provider Name Prefix Text"),
            NameSuffix = Opt("Provider Name Suffix Text"),
            Credential = Opt("Provider Credential Text"),
            OtherOrganisationName = Opt("Provider Other Organization Name"),
            OtherLastName = Opt("Provider Other Last Name"),
            OtherFirstName = Opt("Provider Other First Name"),
            Mailing = Address("Mailing"),
            Practice = Address("Practice Location"),
            EnumerationDate = Req("Provider Enumeration Date"),
            LastUpdateDate = Req("Last Update Date"),
            DeactivationReason = Opt("NPI Deactivation Reason Code"),
            DeactivationDate = Req("NPI Deactivation Date"),
            ReactivationDate = Req("NPI Reactivation Date"),
            Sex = sex,
            SoleProprietor = Opt("Is Sole Proprietor"),
            OrganisationSubpart = Opt("Is Organization Subpart"),
            ParentOrganisationName = Opt("Parent Organization LBN"),
            CertificationDate = Opt("Certification Date"),
            Taxonomies = taxonomies,
        };
        return missing.Count == 0 ? (layout, []) : (null, missing);
    }
}
