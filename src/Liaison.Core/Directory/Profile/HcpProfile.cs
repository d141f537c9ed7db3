namespace Liaison.Core.Directory.Profile;

/// <summary>Everything the directory holds about an HCP, plus the sections other capabilities contribute.</summary>
public sealed record HcpProfile(
    Guid Id,
    string? Npi,
    string Name,
    string LastName,
    string FirstName,
    string? MiddleName,
    string? NamePrefix,
    string? NameSuffix,
    string? Credentials,
    string Sex,
    bool Active,
    DateOnly? EnumeratedOn,
    DateOnly? RegistryUpdatedOn,
    DateOnly? DeactivatedOn,
    DateOnly? ReactivatedOn,
    string Source,
    bool Erased,
    IReadOnlyList<HcpProfile.SpecialtyView> Specialties,
    IReadOnlyList<HcpProfile.AddressView> Addresses,
    IReadOnlyList<HcpProfile.AffiliationView> Affiliations,
    IReadOnlyList<HcpProfile.SectionView> Sections,
    long Version)
{
    public sealed record SpecialtyView(string Code, string Specialty, string? Classification, string? Grouping, bool Primary,
        string? LicenseNumber, string? LicenseState);
    public sealed record AddressView(string Kind, string Line1, string? Line2, string City, string? State, string? PostalCode,
        string Country, string? Phone, string? Fax, double? Latitude, double? Longitude);
    public sealed record AffiliationView(Guid OrganisationId, string Organisation, string Kind, string? Role, string Basis,
        string? City, string? State);
    public sealed record SectionView(string Key, string Title, object? Data);
}
