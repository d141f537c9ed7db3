using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>Something promised at an interaction (send a reprint, arrange a call), due on a date.</summary>
public sealed class FollowUp
{
    public Guid Id { get; set; }
    public Guid InteractionId { get; set; }
    public string OwnerId { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateTime? CompletedAt { get; set; }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("interaction_follow_ups");
        b.Property(f => f.OwnerId).HasMaxLength(450);
        b.Property(f => f.Description).HasMaxLength(500);
        b.HasIndex(f => new { f.OwnerId, f.CompletedAt, f.DueOn });
    }
}
