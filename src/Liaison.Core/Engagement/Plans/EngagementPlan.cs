using Liaison.Core.Common;
using Liaison.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Plans;

/// <summary>
/// An MSL's plan for one KOL over a year: what they want to achieve and how many touchpoints they plan per quarter.
/// Progress is never typed in: it is counted from the interactions the MSL logs with the KOL.
/// </summary>
public sealed class EngagementPlan : IVersioned
{
    public Guid Id { get; set; }
    public Guid HcpId { get; set; }
    public string OwnerId { get; set; } = "";
    public int Year { get; set; }
    public string Objectives { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }
    public List<PlanQuarter> Quarters { get; set; } = [];
}

/// <summary>One quarter of a plan: its objective and the touchpoints planned.</summary>
public sealed class PlanQuarter
{
    public Guid PlanId { get; set; }
    public int Quarter { get; set; }
    public string? Objective { get; set; }
    public int PlannedTouchpoints { get; set; }
}

internal sealed class EngagementPlanConfiguration : IEntityTypeConfiguration<EngagementPlan>
{
    public void Configure(EntityTypeBuilder<EngagementPlan> b)
    {
        b.ToTable("engagement_plans");
        b.Property(p => p.OwnerId).HasMaxLength(450);
        b.Property(p => p.Objectives).HasMaxLength(4000);
        b.HasIndex(p => new { p.OwnerId, p.HcpId, p.Year }).IsUnique();
        b.HasIndex(p => new { p.Year, p.OwnerId });
        b.HasOne<Hcp>().WithMany().HasForeignKey(p => p.HcpId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Quarters).WithOne().HasForeignKey(q => q.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanQuarterConfiguration : IEntityTypeConfiguration<PlanQuarter>
{
    public void Configure(EntityTypeBuilder<PlanQuarter> b)
    {
        b.ToTable("engagement_plan_quarters", t => t.HasCheckConstraint("ck_plan_quarters_quarter", "quarter BETWEEN 1 AND 4"));
        b.HasKey(q => new { q.PlanId, q.Quarter });
        b.Property(q => q.Objective).HasMaxLength(1000);
    }
}
