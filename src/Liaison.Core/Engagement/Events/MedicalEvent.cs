using Liaison.Core.Common;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Events;

public enum EventKind
{
    EducationalSession,
    Roundtable,
}

public enum EventStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>
/// An educational session or roundtable the medical team organises: agenda, speakers, invitations, registration,
/// attendance, knowledge tests before and after, feedback and budget. Its attendance is the exposure list of an
/// impact initiative (<see cref="EventExposures"/>).
/// </summary>
public sealed class MedicalEvent : IVersioned
{
    public Guid Id { get; set; }
    public EventKind Kind { get; set; }
    public string Title { get; set; } = "";
    /// <summary>A programme the event belongs to (e.g. an initiative's series), for grouping and exposure lists.</summary>
    public string? Series { get; set; }
    public Guid? ProductId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public InteractionChannel Channel { get; set; }
    public string? Place { get; set; }
    public string OwnerId { get; set; } = "";
    public string? Agenda { get; set; }
    public int? Capacity { get; set; }
    public decimal BudgetEstimated { get; set; }
    public decimal BudgetCommitted { get; set; }
    public decimal BudgetActual { get; set; }
    public EventStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }

    public List<EventSpeaker> Speakers { get; set; } = [];
}

internal sealed class MedicalEventConfiguration : IEntityTypeConfiguration<MedicalEvent>
{
    public void Configure(EntityTypeBuilder<MedicalEvent> b)
    {
        b.ToTable("events");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.Series).HasMaxLength(200);
        b.Property(e => e.Place).HasMaxLength(300);
        b.Property(e => e.OwnerId).HasMaxLength(450);
        b.Property(e => e.Agenda).HasMaxLength(8000);
        b.HasIndex(e => e.StartsAt);
        b.HasIndex(e => e.Series);
        b.HasOne<Product>().WithMany().HasForeignKey(e => e.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Speakers).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
