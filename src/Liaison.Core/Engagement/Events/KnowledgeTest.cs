using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Events;

public enum TestPhase
{
    Pre,
    Post,
}

/// <summary>
/// A multiple-choice question of an event's knowledge test. The same questions are asked before and after the
/// event, so the change in score measures what was learned.
/// </summary>
public sealed class KnowledgeQuestion
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public List<string> Choices { get; set; } = [];
    /// <summary>Zero-based index into <see cref="Choices"/>.</summary>
    public int CorrectChoice { get; set; }
}

/// <summary>A participant's score on the pre- or post-event test.</summary>
public sealed class KnowledgeScore
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public TestPhase Phase { get; set; }
    public int Correct { get; set; }
    public int Total { get; set; }
    public DateTime TakenAt { get; set; }
}

internal sealed class KnowledgeQuestionConfiguration : IEntityTypeConfiguration<KnowledgeQuestion>
{
    public void Configure(EntityTypeBuilder<KnowledgeQuestion> b)
    {
        b.ToTable("event_knowledge_questions");
        b.Property(q => q.Text).HasMaxLength(1000);
        b.HasIndex(q => new { q.EventId, q.Number }).IsUnique();
        b.HasOne<MedicalEvent>().WithMany().HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KnowledgeScoreConfiguration : IEntityTypeConfiguration<KnowledgeScore>
{
    public void Configure(EntityTypeBuilder<KnowledgeScore> b)
    {
        b.ToTable("event_knowledge_scores", t => t.HasCheckConstraint("ck_knowledge_scores_range", "correct >= 0 AND correct <= total AND total > 0"));
        b.Property(s => s.Phase).HasConversion<string>().HasMaxLength(8);
        b.HasIndex(s => new { s.ParticipantId, s.Phase }).IsUnique();
        b.HasOne<EventParticipant>().WithMany().HasForeignKey(s => s.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
