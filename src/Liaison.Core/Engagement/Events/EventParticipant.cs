using Liaison.Core.Directory;
using Liaison.Core.Directory.Privacy;
using Liaison.Core.Engagement.Advocacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Events;

public enum ParticipationStatus
{
    Invited,
    Registered,
    Declined,
    Attended,
}

/// <summary>
/// An HCP or patient-advocacy representative at an event, from invitation to check-in. A walk-in is checked in
/// without having been invited. <see cref="CheckedInAt"/> is the attendance that becomes exposure.
/// </summary>
public sealed class EventParticipant
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public Guid? HcpId { get; set; }
    public Guid? AdvocateId { get; set; }
    public ParticipationStatus Status { get; set; }
    public DateTime? InvitedAt { get; set; }
    /// <summary>The channel the invitation went by, which the HCP's consent covered (see ContactConsent).</summary>
    public ConsentChannel? InvitedVia { get; set; }
    public DateTime? RegisteredAt { get; set; }
    public DateTime? CheckedInAt { get; set; }
    public bool WalkIn { get; set; }
}

internal sealed class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> b)
    {
        b.ToTable("event_participants", t => t.HasCheckConstraint("ck_event_participants_one_person",
            "(hcp_id IS NULL) <> (advocate_id IS NULL)"));
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.InvitedVia).HasConversion<string>().HasMaxLength(12);
        b.HasIndex(p => new { p.EventId, p.HcpId }).IsUnique();
        b.HasIndex(p => new { p.EventId, p.AdvocateId }).IsUnique();
        b.HasIndex(p => new { p.HcpId, p.CheckedInAt });
        b.HasOne<MedicalEvent>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Hcp>().WithMany().HasForeignKey(p => p.HcpId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PatientAdvocate>().WithMany().HasForeignKey(p => p.AdvocateId).OnDelete(DeleteBehavior.Restrict);
    }
}
