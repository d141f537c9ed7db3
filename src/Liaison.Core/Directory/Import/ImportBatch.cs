using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>A slice of a source file: its valid records, its rejected rows, and the last physical line it covers.</summary>
public sealed class ImportBatch
{
    public List<ProviderRecord> Records { get; } = [];
    public List<AffiliationRecord> Affiliations { get; } = [];
    /// <summary>What the batch's resources are known by to the roles that point at them (FHIR), committed with them.</summary>
    public List<ImportedReference> References { get; } = [];
    public List<RowError> Errors { get; } = [];
    /// <summary>Secondary practice locations (NPPES pl_pfile), each NPI's rows of the file together.</summary>
    public List<PracticeLocationGroup> Locations { get; } = [];
    /// <summary>Organisations roles contained that the import gave before (FHIR): not imported again, counted as unchanged.</summary>
    public int ContainedCopies { get; set; }
    public long LastLine { get; set; }
    public long BytesRead { get; set; }
    public int Rows => Records.Count + Affiliations.Count + Errors.Count + ContainedCopies + Locations.Sum(g => g.Rows.Count);

    /// <summary>Work that needs no database, done on the reading thread so that the writing thread only writes.</summary>
    public void Prepare()
    {
        foreach (var r in Records)
            if (!r.IsOrganisation && !r.DeactivationOnly) _ = r.SearchEntry;
    }
}

/// <summary>
/// A declared HCP ↔ organisation link (a FHIR PractitionerRole): the practitioner and organisation as the source
/// identifies them, the role, and specialties. A literal reference to a resource not read in this process (a resumed
/// run reads nothing before its checkpoint) is kept as written, to be resolved from what the run committed.
/// </summary>
public sealed record AffiliationRecord(long Line, string Column, string ExternalId, string? PractitionerNpi,
    string? OrganisationNpi, string? OrganisationSystem, string? OrganisationId, string? RoleCode, string? Role,
    IReadOnlyList<string> SpecialtyCodes)
{
    public string? PractitionerReference { get; init; }
    public string? OrganisationReference { get; init; }
}

/// <summary>
/// The secondary practice locations an NPI's consecutive rows of a practice location file give: they replace those an
/// earlier file gave the NPI, unless <paramref name="Continues"/> (the file gave the NPI rows before, apart from these), when they add to them.
/// </summary>
public sealed record PracticeLocationGroup(string Npi, bool Continues)
{
    public List<PracticeLocation> Rows { get; } = [];
}

/// <summary>A literal reference to a resource and the identifier the resource is imported under.</summary>
public sealed record ImportedReference(string Reference, string? System, string Value);

/// <summary>What a batch did.</summary>
public sealed class BatchCounts
{
    public long Imported { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long Rejected { get; set; }
    public long Deactivated { get; set; }
    public long Reactivated { get; set; }
    public List<RowError> Errors { get; } = [];
}

/// <summary>A provider already in the directory, as much as upserting needs.</summary>
public sealed record ExistingProvider(Guid Id, long ContentHash, DateOnly? DeactivatedOn, string? DeactivationReason, DateOnly? ReactivatedOn);
