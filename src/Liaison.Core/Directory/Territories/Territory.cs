using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Territories;

/// <summary>
/// An MSL's territory: the HCPs whose practice location matches one of its <see cref="TerritoryRule"/>s (state,
/// ZIP or ZIP prefix) plus those assigned to it explicitly (<see cref="TerritoryAssignment"/>).
/// </summary>
public sealed class Territory : IVersioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>The MSL who owns it (a user with role msl), if any.</summary>
    public string? OwnerUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }
    public List<TerritoryRule> Rules { get; set; } = [];
}

/// <summary>A geographic rule of a territory.</summary>
public sealed class TerritoryRule
{
    public Guid Id { get; set; }
    public Guid TerritoryId { get; set; }
    public TerritoryRuleKind Kind { get; set; }
    /// <summary>A USPS state code ("MA"), a five-digit ZIP ("02115") or a ZIP prefix of 1–4 digits ("021").</summary>
    public string Value { get; set; } = "";
}

public enum TerritoryRuleKind
{
    State,
    Zip,
    ZipPrefix,
}

/// <summary>An HCP placed in a territory by hand, whatever their address says.</summary>
public sealed class TerritoryAssignment
{
    public Guid Id { get; set; }
    public Guid TerritoryId { get; set; }
    public Guid HcpId { get; set; }
    public string AssignedBy { get; set; } = "";
    public DateTime AssignedAt { get; set; }
}

internal sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public void Configure(EntityTypeBuilder<Territory> b)
    {
        b.ToTable("territories");
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Description).HasMaxLength(500);
        b.Property(t => t.OwnerUserId).HasMaxLength(450);
        b.HasIndex(t => t.Name).IsUnique();
        b.HasIndex(t => t.OwnerUserId);
        b.HasMany(t => t.Rules).WithOne().HasForeignKey(r => r.TerritoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TerritoryRuleConfiguration : IEntityTypeConfiguration<TerritoryRule>
{
    public void Configure(EntityTypeBuilder<TerritoryRule> b)
    {
        b.ToTable("territory_rules");
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(r => r.Value).HasMaxLength(5);
        b.HasIndex(r => new { r.TerritoryId, r.Kind, r.Value }).IsUnique();
        b.HasIndex(r => new { r.Kind, r.Value });
    }
}

internal sealed class TerritoryAssignmentConfiguration : IEntityTypeConfiguration<TerritoryAssignment>
{
    public void Configure(EntityTypeBuilder<TerritoryAssignment> b)
    {
        b.ToTable("territory_assignments");
        b.Property(a => a.AssignedBy).HasMaxLength(256);
        b.HasIndex(a => new { a.TerritoryId, a.HcpId }).IsUnique();
        b.HasIndex(a => a.HcpId);
        b.HasOne<Territory>().WithMany().HasForeignKey(a => a.TerritoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Hcp>().WithMany().HasForeignKey(a => a.HcpId).OnDelete(DeleteBehavior.Cascade);
    }
}
