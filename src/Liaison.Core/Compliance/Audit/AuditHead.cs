using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Compliance.Audit;

/// <summary>
/// The chain's last link, kept beside the trail and moved in the same transaction as every append, so that
/// cutting entries off the end of the trail is detected too.
/// </summary>
[NotAudited]
public sealed class AuditHead
{
    public const int SingletonId = 1;
    public int Id { get; set; } = SingletonId;
    public long Sequence { get; set; }
    public string Hash { get; set; } = AuditHash.Genesis;
}

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> b)
    {
        b.ToTable("audit_head");
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.Hash).HasMaxLength(64);
    }
}
