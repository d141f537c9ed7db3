using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Compliance.Audit;

/// <summary>
/// One change to a business record: who, when (UTC), what, old and new values. Entries form a SHA-256 chain
/// in <see cref="Sequence"/> order: each <see cref="Hash"/> covers every other column and the previous hash.
/// </summary>
[NotAudited]
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }
    public string Actor { get; set; } = "";
    public string Entity { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Reason { get; set; }
    public string? OldValues { get; set; }
    public string? NewValues { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasIndex(e => e.Sequence).IsUnique();
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
