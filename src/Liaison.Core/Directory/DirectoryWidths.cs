namespace Liaison.Core.Directory;

/// <summary>
/// The widths of the directory's text columns, in one place: the entity configurations declare them, the NPPES
/// importer refuses a longer value as a damaged row, and the FHIR mapper cuts to them (FHIR sets no lengths).
/// </summary>
public static class DirectoryWidths
{
    /// <summary>A last, first, middle or other name.</summary>
    public const int PersonName = 100;
    /// <summary>A name prefix or suffix.</summary>
    public const int NameAffix = 20;
    public const int Credentials = 100;
    public const int OrganisationName = 300;
    public const int DeactivationReason = 20;
    /// <summary>An external system or identifier (a record not identified by NPI).</summary>
    public const int External = 200;
    public const int AddressLine = 200;
    public const int City = 100;
    public const int State = 100;
    public const int PostalCode = 20;
    public const int Country = 2;
    public const int Phone = 30;
    public const int License = 40;
    public const int LicenseState = 2;
    public const int RoleCode = 20;
    public const int Role = 200;
}
