namespace Liaison.Core.Directory.Registry;

/// <summary>
/// The widths (<see cref="DirectoryWidths"/>) of the directory columns that hold each NPPES field (wider than NPPES's own
/// limits): a longer value is a damaged row to report with its column, not a value for the database to refuse mid-import.
/// </summary>
internal static class NppesFieldWidths
{
    /// <summary>(column index, most characters) for every field of <paramref name="l"/> that is stored as text.</summary>
    public static (int Column, int Max)[] Of(NppesLayout l)
    {
        const int name = DirectoryWidths.PersonName, org = DirectoryWidths.OrganisationName, affix = DirectoryWidths.NameAffix;
        List<(int, int)> widths =
        [
            (l.OrganisationName, org), (l.OtherOrganisationName, org), (l.ParentOrganisationName, org),
            (l.LastName, name), (l.FirstName, name), (l.MiddleName, name), (l.NamePrefix, affix), (l.NameSuffix, affix),
            (l.Credential, DirectoryWidths.Credentials), (l.OtherLastName, name), (l.OtherFirstName, name),
            (l.DeactivationReason, DirectoryWidths.DeactivationReason),
        ];
        foreach (var a in new[] { l.Mailing, l.Practice }) widths.AddRange(NppesAddressRule.Widths(a));
        foreach (var t in l.Taxonomies) widths.AddRange([(t.License, DirectoryWidths.License), (t.LicenseState, DirectoryWidths.LicenseState)]);
        return widths.Where(w => w.Item1 >= 0).ToArray();
    }
}
