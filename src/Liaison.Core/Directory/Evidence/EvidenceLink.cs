using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// A proposed identity between a publication author or trial investigator and an HCP, with the matcher's
/// confidence and its reasons. Only <see cref="Counts"/> links feed the influence score: confirmed by a person,
/// or suggested with a confidence of at least <see cref="HighConfidence"/>. A rejected link is kept so a
/// re-import never proposes it again.
/// </summary>
public sealed class EvidenceLink : IVersioned
{
    public const double HighConfidence = 0.85;
    /// <summary>Below this the matcher proposes nothing.</summary>
    public const double MinimumConfidence = 0.5;

    public Guid Id { get; set; }
    public Guid HcpId { get; set; }
    public EvidenceKind Kind { get; set; }
    /// <summary>The <see cref="PublicationAuthor"/> or <see cref="TrialInvestigator"/> id.</summary>
    public Guid SourceId { get; set; }
    public double Confidence { get; set; }
    /// <summary>Why the matcher proposed it ("surname and forename; city Boston; state MA").</summary>
    public string Basis { get; set; } = "";
    public LinkStatus Status { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }

    public bool Counts => Status == LinkStatus.Confirmed || (Status == LinkStatus.Suggested && Confidence >= HighConfidence);
}

public enum EvidenceKind
{
    Authorship,
    Investigator,
}

public enum LinkStatus
{
    Suggested,
    Confirmed,
    Rejected,
}

internal sealed class EvidenceLinkConfiguration : IEntityTypeConfiguration<EvidenceLink>
{
    public void Configure(EntityTypeBuilder<EvidenceLink> b)
    {
        b.ToTable("evidence_links");
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(l => l.Basis).HasMaxLength(400);
        b.Property(l => l.ReviewedBy).HasMaxLength(256);
        b.Ignore(l => l.Counts);
        b.HasIndex(l => new { l.Kind, l.SourceId, l.HcpId }).IsUnique();
        b.HasIndex(l => new { l.HcpId, l.Status });
        b.HasIndex(l => new { l.Status, l.Confidence });
        b.HasOne<Hcp>().WithMany().HasForeignKey(l => l.HcpId).OnDelete(DeleteBehavior.Cascade);
    }
}
