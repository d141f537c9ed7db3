using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>
/// A change to a signed interaction: who, when, why, and the record as it stood before and after, as JSON. The
/// signed original stays readable here whatever later amendments do; the audit trail carries the same reason.
/// </summary>
public sealed class InteractionAmendment
{
    public Guid Id { get; set; }
    public Guid InteractionId { get; set; }
    public int Number { get; set; }
    public string Reason { get; set; } = "";
    public DateTime AmendedAt { get; set; }
    public string AmendedById { get; set; } = "";
    public string AmendedBy { get; set; } = "";
    public string Before { get; set; } = "";
    public string After { get; set; } = "";
}

internal sealed class InteractionAmendmentConfiguration : IEntityTypeConfiguration<InteractionAmendment>
{
    public void Configure(EntityTypeBuilder<InteractionAmendment> b)
    {
        b.ToTable("interaction_amendments");
        b.Property(a => a.Reason).HasMaxLength(2000);
        b.Property(a => a.AmendedById).HasMaxLength(450);
        b.Property(a => a.AmendedBy).HasMaxLength(256);
        b.HasIndex(a => new { a.InteractionId, a.Number }).IsUnique();
        b.HasOne<Interaction>().WithMany().HasForeignKey(a => a.InteractionId).OnDelete(DeleteBehavior.Restrict);
    }
}
