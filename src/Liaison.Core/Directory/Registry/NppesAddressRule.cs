using nietras.SeparatedValues;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// An address of an NPPES row (the npidata file's practice location and mailing address, the pl_pfile's secondary
/// practice location), with the rules both files follow: a first line and a city, and for a US address (no country
/// code, or US) a US state code and a 5- or 9-digit ZIP (ZIP+4 also with its hyphen). A failure names the column at fault.
/// </summary>
internal static class NppesAddressRule
{
    public static (AddressRecord? Address, RowError? Error) Read(SepReader.Row row, NppesLayout.AddressColumns c, AddressKind kind,
        IReadOnlyList<string> header, long line, bool required)
    {
        RowError Fail(int column, string reason) => new(line, header[column], reason);
        var line1 = Text(row, c.Line1);
        var city = Text(row, c.City);
        var state = Text(row, c.State);
        var postal = Text(row, c.PostalCode);
        var country = Text(row, c.Country) ?? "US";
        if (line1 is null && city is null && state is null && postal is null)
            return required ? (null, Fail(c.Line1, $"the {Describe(kind)} address is missing")) : (null, null);
        if (line1 is null) return (null, Fail(c.Line1, $"the {Describe(kind)} address has no first line"));
        if (city is null) return (null, Fail(c.City, $"the {Describe(kind)} address has no city"));
        if (country == "US")
        {
            if (state is null || !UsStates.IsValid(state)) return (null, Fail(c.State, $"'{state}' is not a US state code"));
            postal = UsZip.Normalised(postal);
            if (!UsZip.IsValid(postal)) return (null, Fail(c.PostalCode, $"'{postal}' is not a ZIP code (5 or 9 digits)"));
        }
        var address = new AddressRecord(kind, line1, Text(row, c.Line2), city, state, postal, country,
            c.Phone >= 0 ? Text(row, c.Phone) : null, c.Fax >= 0 ? Text(row, c.Fax) : null).Placed();
        return (address, null);
    }

    /// <summary>The widths (<see cref="DirectoryWidths"/>) of the columns that hold an address's fields.</summary>
    public static IEnumerable<(int Column, int Max)> Widths(NppesLayout.AddressColumns a) =>
    [
        (a.Line1, DirectoryWidths.AddressLine), (a.Line2, DirectoryWidths.AddressLine), (a.City, DirectoryWidths.City),
        (a.State, DirectoryWidths.State), (a.PostalCode, DirectoryWidths.PostalCode), (a.Country, DirectoryWidths.Country),
        (a.Phone, DirectoryWidths.Phone), (a.Fax, DirectoryWidths.Phone),
    ];

    private static string Describe(AddressKind kind) => kind switch
    {
        AddressKind.Practice => "practice location",
        AddressKind.Mailing => "mailing",
        _ => "secondary practice location",
    };

    private static string? Text(SepReader.Row row, int index)
    {
        var span = index < 0 ? default : row[index].Span.Trim();
        return span.IsEmpty ? null : span.ToString();
    }
}
