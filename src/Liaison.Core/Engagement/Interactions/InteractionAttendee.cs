using Liaison.Core.Directory;
using Liaison.Core.Engagement.Advocacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>One person at an interaction: an HCP from the directory or a patient-advocacy representative.</summary>
public sealed class InteractionAttendee
{
    public Guid Id { get; set; }
    public Guid InteractionId { get; set; }
    public Guid? HcpId { get; set; }
    public Guid? AdvocateId { get; set; }
}

internal sealed class InteractionAttendeeConfiguration : IEntityTypeConfiguration<InteractionAttendee>
{
    public void Configure(EntityTypeBuilder<InteractionAttendee> b)
    {
        b.ToTable("interaction_attendees", t => t.HasCheckConstraint("ck_interaction_attendees_one_person",
            "(hcp_id IS NULL) <> (advocate_id IS NULL)"));
        b.HasIndex(a => new { a.HcpId, a.InteractionId });
        b.HasIndex(a => a.InteractionId);
        b.HasOne<Hcp>().WithMany().HasForeignKey(a => a.HcpId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PatientAdvocate>().WithMany().HasForeignKey(a => a.AdvocateId).OnDelete(DeleteBehavior.Restrict);
    }
}
