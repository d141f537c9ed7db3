using Liaison.Core.Engagement.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Impact;

/// <summary>
/// An event whose checked-in attendance is (part of) an initiative's exposure list (<see cref="ExposuresFromEvents"/>):
/// kept so the initiative page shows which events feed it and a re-run can take the same ones again.
/// </summary>
public sealed class InitiativeExposureEvent
{
    public Guid InitiativeId { get; set; }
    public Guid EventId { get; set; }
}

internal sealed class InitiativeExposureEventConfiguration : IEntityTypeConfiguration<InitiativeExposureEvent>
{
    public void Configure(EntityTypeBuilder<InitiativeExposureEvent> b)
    {
        b.ToTable("initiative_exposure_events");
        b.HasKey(x => new { x.InitiativeId, x.EventId });
        b.HasOne<Initiative>().WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MedicalEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.EventId);
    }
}
