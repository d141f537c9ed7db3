using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Compliance.Audit;

/// <summary>
/// One change to a business record: who, when (UTC), what, old and new values, written in the same transaction
/// as the change. The <see cref="AuditSealer"/> then links entries into a SHA-256 chain: it gives each its
/// <see cref="Sequence"/>, <see cref="PreviousHash"/> and <see cref="Hash"/>, which covers every other column.
/// </summary>
[NotAudited]
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    /// <summary>The place in the chain; null until sealed.</summary>
    public long? Sequence { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }
    public string Actor { get; set; } = "";
    public string Entity { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Reason { get; set; }
    public string? OldValues { get; set; }
    public string? NewValues { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasIndex(e => e.Sequence).IsUnique();
        // The sealer's work queue: entries written but not yet chained.
        b.HasIndex(e => e.Id).HasFilter("sequence IS NULL").HasDatabaseName("ix_audit_entries_unsealed");
        b.HasIndex(e => new { e.Entity, e.EntityKey });
        b.HasIndex(e => e.At);
        b.HasIndex(e => e.ActorId);
        b.Property(e => e.Actor).HasMaxLength(256);
        b.Property(e => e.Entity).HasMaxLength(128);
        b.Property(e => e.EntityKey).HasMaxLength(256);
        b.Property(e => e.Action).HasMaxLength(64);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
    }
}
