using Liaison.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Events;

/// <summary>A speaker on the agenda: an HCP from the directory, or someone named (a company scientist).</summary>
public sealed class EventSpeaker
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public Guid? HcpId { get; set; }
    public string? Name { get; set; }
    public string? Topic { get; set; }
}

internal sealed class EventSpeakerConfiguration : IEntityTypeConfiguration<EventSpeaker>
{
    public void Configure(EntityTypeBuilder<EventSpeaker> b)
    {
        b.ToTable("event_speakers", t => t.HasCheckConstraint("ck_event_speakers_who", "hcp_id IS NOT NULL OR name IS NOT NULL"));
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Topic).HasMaxLength(300);
        b.HasIndex(s => s.EventId);
        b.HasOne<Hcp>().WithMany().HasForeignKey(s => s.HcpId).OnDelete(DeleteBehavior.Restrict);
    }
}
