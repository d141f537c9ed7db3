namespace Liaison.Core.Directory.Registry;

/// <summary>What kind of organisation a provider is, from the NUCC grouping of its primary taxonomy and its name.</summary>
public static class OrganisationKinds
{
    public static OrganisationKind Of(string? primaryTaxonomy, string name)
    {
        var upper = name.ToUpperInvariant();
        if (upper.Contains("UNIVERSITY", StringComparison.Ordinal) || upper.Contains("ACADEMIC", StringComparison.Ordinal)
            || upper.Contains("COLLEGE OF MEDICINE", StringComparison.Ordinal) || upper.Contains("SCHOOL OF MEDICINE", StringComparison.Ordinal))
            return OrganisationKind.AcademicCentre;
        var code = NuccCodeSet.Shipped.Find(primaryTaxonomy);
        if (code is null) return upper.Contains("HOSPITAL", StringComparison.Ordinal) ? OrganisationKind.Hospital : OrganisationKind.Other;
        return code.Grouping switch
        {
            "Hospitals" => OrganisationKind.Hospital,
            "Group" => OrganisationKind.Practice,
            "Ambulatory Health Care Facilities" => OrganisationKind.Clinic,
            "Laboratories" => OrganisationKind.Laboratory,
            "Agencies" => OrganisationKind.Agency,
            _ when code.Classification.Contains("Pharmacy", StringComparison.Ordinal) => OrganisationKind.Pharmacy,
            _ when upper.Contains("HOSPITAL", StringComparison.Ordinal) => OrganisationKind.Hospital,
            _ when code.Section == "Individual" => OrganisationKind.Practice,
            _ => OrganisationKind.Other,
        };
    }
}
