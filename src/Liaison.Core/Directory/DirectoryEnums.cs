namespace Liaison.Core.Directory;

/// <summary>Sex as the registries record it (NPPES "Provider Sex Code" M/F/X, FHIR administrative gender).</summary>
public enum AdministrativeSex
{
    Unknown,
    Female,
    Male,
    Other,
}

/// <summary>
/// Which of a provider's addresses this is. NPPES gives one (primary) practice location and one mailing address, and any
/// number of secondary practice locations (its pl_pfile, the NPI Registry API's <c>practiceLocations</c>): <see cref="Other"/>.
/// </summary>
public enum AddressKind
{
    Practice,
    Mailing,
    /// <summary>A secondary practice location.</summary>
    Other,
}

/// <summary>Where a directory record came from; imports only overwrite what they own.</summary>
public enum DirectorySource
{
    Nppes,
    Fhir,
    Demo,
    Manual,
}

/// <summary>What kind of healthcare organisation (HCO) this is, from its NUCC taxonomy or FHIR type.</summary>
public enum OrganisationKind
{
    Other,
    Hospital,
    Practice,
    AcademicCentre,
    Clinic,
    Pharmacy,
    Agency,
    Laboratory,
}

/// <summary>Why an HCP is linked to an organisation.</summary>
public enum AffiliationBasis
{
    /// <summary>Stated by a source: a FHIR PractitionerRole, a CRM record.</summary>
    Declared,
    /// <summary>Inferred: the HCP practises at the organisation's registered practice location.</summary>
    SharedPracticeLocation,
    /// <summary>Entered or confirmed by a user.</summary>
    Manual,
}
