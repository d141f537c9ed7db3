using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Changes;

/// <summary>
/// An MSL's proposal to correct an HCP's data or to merge a duplicate record into another; an admin approves
/// (which applies it) or rejects it. Every step is in the audit trail.
/// </summary>
public sealed class DataChangeRequest : IVersioned
{
    public Guid Id { get; set; }
    public ChangeRequestKind Kind { get; set; }
    /// <summary>The HCP to correct, or the surviving record of a merge.</summary>
    public Guid HcpId { get; set; }
    /// <summary>A merge's duplicate: merged into <see cref="HcpId"/> and then removed.</summary>
    public Guid? DuplicateHcpId { get; set; }
    /// <summary>A correction's proposed values as JSON: {"LastName": "…", "Credentials": "…"}.</summary>
    public string? ProposedValues { get; set; }
    public string Reason { get; set; } = "";
    public ChangeRequestStatus Status { get; set; }
    public string ProposedBy { get; set; } = "";
    public string? ProposedByUserId { get; set; }
    public DateTime ProposedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public long Version { get; set; }
}

public enum ChangeRequestKind
{
    Correction,
    Merge,
}

public enum ChangeRequestStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// The record of an approved merge: which HCP record was folded into which. A later reference to the removed id
/// (an old link, a bookmark) is answered by following <see cref="SurvivorHcpId"/>.
/// </summary>
public sealed class HcpMerge
{
    public Guid Id { get; set; }
    public Guid DuplicateHcpId { get; set; }
    public Guid SurvivorHcpId { get; set; }
    public Guid? ChangeRequestId { get; set; }
    public DateTime MergedAt { get; set; }
    public string MergedBy { get; set; } = "";
}

internal sealed class DataChangeRequestConfiguration : IEntityTypeConfiguration<DataChangeRequest>
{
    public void Configure(EntityTypeBuilder<DataChangeRequest> b)
    {
        b.ToTable("data_change_requests");
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.ProposedValues).HasMaxLength(4000);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.ProposedBy).HasMaxLength(256);
        b.Property(r => r.ProposedByUserId).HasMaxLength(450);
        b.Property(r => r.DecidedBy).HasMaxLength(256);
        b.Property(r => r.DecisionNote).HasMaxLength(2000);
        b.HasIndex(r => new { r.Status, r.ProposedAt });
        b.HasIndex(r => r.HcpId);
        b.HasIndex(r => r.DuplicateHcpId);
    }
}

internal sealed class HcpMergeConfiguration : IEntityTypeConfiguration<HcpMerge>
{
    public void Configure(EntityTypeBuilder<HcpMerge> b)
    {
        b.ToTable("hcp_merges");
        b.Property(m => m.MergedBy).HasMaxLength(256);
        b.HasIndex(m => m.DuplicateHcpId).IsUnique();
        b.HasIndex(m => m.SurvivorHcpId);
    }
}
