namespace Liaison.Core.Directory.Registry;

/// <summary>
/// One provider as a source states it, validated and normalised: the unit every directory import upserts by
/// NPI (or by external identity when there is no NPI). Either a person (<see cref="IsOrganisation"/> false)
/// or an organisation.
/// </summary>
public sealed class ProviderRecord
{
    /// <summary>Physical line of the source file where the record starts (header = 1).</summary>
    public long Line { get; set; }
    public string? Npi { get; set; }
    public bool IsOrganisation { get; set; }
    /// <summary>An NPPES row that only says the NPI was deactivated (every other field blank).</summary>
    public bool DeactivationOnly { get; set; }
    public DirectorySource Source { get; set; }
    public string? ExternalSystem { get; set; }
    public string? ExternalId { get; set; }

    public string LastName { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string? MiddleName { get; set; }
    public string? NamePrefix { get; set; }
    public string? NameSuffix { get; set; }
    public string? Credentials { get; set; }
    public string? OtherLastName { get; set; }
    public string? OtherFirstName { get; set; }
    public AdministrativeSex Sex { get; set; }
    public bool? SoleProprietor { get; set; }

    public string OrganisationName { get; set; } = "";
    public string? OrganisationOtherName { get; set; }
    public OrganisationKind OrganisationKind { get; set; }
    public bool? IsSubpart { get; set; }
    public string? ParentName { get; set; }

    public DateOnly? EnumeratedOn { get; set; }
    public DateOnly? RegistryUpdatedOn { get; set; }
    public DateOnly? DeactivatedOn { get; set; }
    public string? DeactivationReason { get; set; }
    public DateOnly? ReactivatedOn { get; set; }

    public AddressRecord? Practice { get; set; }
    public AddressRecord? Mailing { get; set; }
    public List<AddressRecord> OtherAddresses { get; } = [];
    /// <summary>
    /// The source gives no secondary practice locations (<see cref="AddressKind.Other"/>; NPPES's npidata file: its pl_pfile
    /// gives them): an update rewrites the practice and mailing addresses and keeps the secondary locations stored.
    /// </summary>
    public bool KeepsSecondaryLocations { get; set; }
    public List<TaxonomyRecord> Taxonomies { get; } = [];

    public string? PrimaryTaxonomyCode =>
        Taxonomies.FirstOrDefault(t => t.IsPrimary)?.Code ?? (Taxonomies.Count > 0 ? Taxonomies[0].Code : null);

    public IEnumerable<AddressRecord> Addresses()
    {
        if (Practice is not null) yield return Practice;
        if (Mailing is not null) yield return Mailing;
        foreach (var a in OtherAddresses) yield return a;
    }

    private Import.SearchEntryValues? _searchEntry;

    /// <summary>A person's search projection, computed once (an import's reader computes it ahead of the writer).</summary>
    public Import.SearchEntryValues SearchEntry => _searchEntry ??= Import.SearchEntryValues.Of(this);

    /// <summary>The taxonomies with exactly one marked primary: the flagged one, else the first with the primary code.</summary>
    public IEnumerable<(TaxonomyRecord Taxonomy, bool IsPrimary)> TaxonomiesWithPrimary()
    {
        var primary = PrimaryTaxonomyCode;
        var anyFlagged = Taxonomies.Exists(t => t.IsPrimary);
        var marked = false;
        foreach (var t in Taxonomies)
        {
            var isPrimary = !marked && t.Code == primary && (t.IsPrimary || !anyFlagged);
            marked |= isPrimary;
            yield return (t, isPrimary);
        }
    }

    /// <summary>Hash of everything stored from this record: equal hashes mean nothing to update.</summary>
    public long ContentHash { get; set; }
}

public sealed record AddressRecord(AddressKind Kind, string Line1, string? Line2, string City, string? State,
    string? PostalCode, string Country, string? Phone, string? Fax)
{
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Zip5 => PostalCode is { Length: >= 5 } p && Country == "US" ? p[..5] : null;

    /// <summary>This address, placed at its US ZIP's centroid when the ZIP is known (the radius search's point).</summary>
    public AddressRecord Placed()
    {
        if (ZipCentroids.TryGet(Zip5, out var lat, out var lon)) (Latitude, Longitude) = (lat, lon);
        return this;
    }
}

public sealed record TaxonomyRecord(string Code, bool IsPrimary, string? LicenseNumber, string? LicenseState, int Ordinal);

/// <summary>Why a source row was not imported: its physical line, the column at fault and the reason.</summary>
public sealed record RowError(long Line, string Column, string Reason);
