using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Influence;

/// <summary>
/// An HCP's computed influence score with every component that made it (see <see cref="InfluenceFormula"/>) and
/// the tier the workspace's thresholds give it. Derived data, recomputed in full: each recomputation is audited as
/// one entry with its counts.
/// </summary>
[NotAudited]
public sealed class InfluenceScore
{
    public Guid HcpId { get; set; }
    public double Score { get; set; }
    /// <summary>T1 (highest) … T4.</summary>
    public string Tier { get; set; } = "";
    public double PublicationComponent { get; set; }
    public double NetworkComponent { get; set; }
    public double TrialComponent { get; set; }
    public double CongressComponent { get; set; }
    /// <summary>Null when the HCP has no Part D data: its weight then goes to the other components.</summary>
    public double? PrescribingComponent { get; set; }
    public int Publications { get; set; }
    public int FirstOrLastAuthorships { get; set; }
    public double RecencyWeightedPublications { get; set; }
    public int CoAuthors { get; set; }
    public double PageRank { get; set; }
    public int Trials { get; set; }
    public int LeadTrialRoles { get; set; }
    public double TrialRoleWeight { get; set; }
    public int CongressPresentations { get; set; }
    public int CongressPapers { get; set; }
    public int LeadCongressRoles { get; set; }
    public double RecencyWeightedPresentations { get; set; }
    public long? Claims { get; set; }
    public int? ClaimsYear { get; set; }
    public DateTime ComputedAt { get; set; }
}

internal sealed class InfluenceScoreConfiguration : IEntityTypeConfiguration<InfluenceScore>
{
    public void Configure(EntityTypeBuilder<InfluenceScore> b)
    {
        b.ToTable("influence_scores");
        b.HasKey(s => s.HcpId);
        b.Property(s => s.Tier).HasMaxLength(2);
        b.HasIndex(s => new { s.Tier, s.Score });
        b.HasOne<Hcp>().WithOne().HasForeignKey<InfluenceScore>(s => s.HcpId).OnDelete(DeleteBehavior.Cascade);
    }
}
