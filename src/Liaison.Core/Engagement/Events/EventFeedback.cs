using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Events;

/// <summary>A participant's feedback form: ratings from 1 to 5 and free comments.</summary>
public sealed class EventFeedback
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public int Overall { get; set; }
    public int Relevance { get; set; }
    public int SpeakerQuality { get; set; }
    public bool WouldRecommend { get; set; }
    public string? Comments { get; set; }
    public DateTime SubmittedAt { get; set; }
}

internal sealed class EventFeedbackConfiguration : IEntityTypeConfiguration<EventFeedback>
{
    public void Configure(EntityTypeBuilder<EventFeedback> b)
    {
        b.ToTable("event_feedback", t => t.HasCheckConstraint("ck_event_feedback_ratings",
            "overall BETWEEN 1 AND 5 AND relevance BETWEEN 1 AND 5 AND speaker_quality BETWEEN 1 AND 5"));
        b.Property(f => f.Comments).HasMaxLength(4000);
        b.HasIndex(f => f.ParticipantId).IsUnique();
        b.HasOne<EventParticipant>().WithMany().HasForeignKey(f => f.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
