namespace Liaison.Core.Directory.Registry;

/// <summary>
/// The widths of the directory columns that hold each NPPES field (wider than NPPES's own limits): a longer value is
/// a damaged row to report with its column, not a value for the database to refuse mid-import.
/// </summary>
internal static class NppesFieldWidths
{
    /// <summary>(column index, most characters) for every field of <paramref name="l"/> that is stored as text.</summary>
    public static (int Column, int Max)[] Of(NppesLayout l)
    {
        List<(int, int)> widths =
        [
            (l.OrganisationName, 300), (l.OtherOrganisationName, 300), (l.ParentOrganisationName, 300),
            (l.LastName, 100), (l.FirstName, 100), (l.MiddleName, 100), (l.NamePrefix, 20), (l.NameSuffix, 20), (l.Credential, 100),
            (l.OtherLastName, 100), (l.OtherFirstName, 100), (l.DeactivationReason, 20),
        ];
        foreach (var a in new[] { l.Mailing, l.Practice })
            widths.AddRange([(a.Line1, 200), (a.Line2, 200), (a.City, 100), (a.State, 100), (a.PostalCode, 20), (a.Country, 2), (a.Phone, 30), (a.Fax, 30)]);
        foreach (var t in l.Taxonomies) widths.AddRange([(t.License, 40), (t.LicenseState, 2)]);
        return widths.Where(w => w.Item1 >= 0).ToArray();
    }
}
