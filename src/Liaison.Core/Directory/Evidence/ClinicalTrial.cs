using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Evidence;

/// <summary>A ClinicalTrials.gov study record (API v2), upserted by NCT number. Public reference
/// data: each import run is audited as one entry with its counts.</summary>
[NotAudited]
public sealed class ClinicalTrial
{
    public Guid Id { get; set; }
    public string NctId { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>The registry's overall status (RECRUITING, COMPLETED ...).</summary>
    public string OverallStatus { get; set; } = "";
    /// <summary>Phases joined with "/" (PHASE2/PHASE3), when the study has phases.</summary>
    public string? Phases { get; set; }
    public string? StudyType { get; set; }
    public string? LeadSponsor { get; set; }
    /// <summary>Conditions joined with "; ".</summary>
    public string? Conditions { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public long ContentHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<TrialInvestigator> Investigators { get; set; } = [];
}

/// <summary>A person named by a study: an overall official, or a site investigator or contact at a location.</summary>
[NotAudited]
public sealed class TrialInvestigator : IEvidenceSlot
{
    public Guid Id { get; set; }
    public Guid TrialId { get; set; }
    /// <summary>Order in the record (officials first, then location contacts): the identity on re-import.</summary>
    public int Ordinal { get; set; }
    /// <summary>The name as the registry gives it ("Jane A. Doe, MD").</summary>
    public string Name { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? FirstName { get; set; }
    public TrialRole Role { get; set; }
    public bool IsOverallOfficial { get; set; }
    /// <summary>The official's affiliation or the site's facility.</summary>
    public string? Affiliation { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? Zip { get; set; }
    public string? Country { get; set; }

    int IEvidenceSlot.Slot => Ordinal;
    string IEvidenceSlot.Holder => EvidenceText.Fold(Name);
}

/// <summary>A person's role in a study, in the registry's vocabulary.</summary>
public enum TrialRole
{
    PrincipalInvestigator,
    StudyChair,
    StudyDirector,
    SubInvestigator,
    Contact,
}

internal sealed class ClinicalTrialConfiguration : IEntityTypeConfiguration<ClinicalTrial>
{
    public void Configure(EntityTypeBuilder<ClinicalTrial> b)
    {
        b.ToTable("clinical_trials");
        b.Property(t => t.NctId).HasMaxLength(11);
        b.Property(t => t.Title).HasMaxLength(1000);
        b.Property(t => t.OverallStatus).HasMaxLength(40);
        b.Property(t => t.Phases).HasMaxLength(60);
        b.Property(t => t.StudyType).HasMaxLength(40);
        b.Property(t => t.LeadSponsor).HasMaxLength(400);
        b.Property(t => t.Conditions).HasMaxLength(2000);
        b.HasIndex(t => t.NctId).IsUnique();
        b.HasMany(t => t.Investigators).WithOne().HasForeignKey(i => i.TrialId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrialInvestigatorConfiguration : IEntityTypeConfiguration<TrialInvestigator>
{
    public void Configure(EntityTypeBuilder<TrialInvestigator> b)
    {
        b.ToTable("trial_investigators");
        b.Property(i => i.Name).HasMaxLength(300);
        b.Property(i => i.LastName).HasMaxLength(200);
        b.Property(i => i.FirstName).HasMaxLength(100);
        b.Property(i => i.Role).HasConversion<string>().HasMaxLength(24);
        b.Property(i => i.Affiliation).HasMaxLength(600);
        b.Property(i => i.City).HasMaxLength(100);
        b.Property(i => i.State).HasMaxLength(100);
        b.Property(i => i.Zip).HasMaxLength(20);
        b.Property(i => i.Country).HasMaxLength(100);
        b.HasIndex(i => new { i.TrialId, i.Ordinal }).IsUnique();
    }
}
