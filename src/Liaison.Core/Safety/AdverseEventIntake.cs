using Liaison.Core.Common;
using Liaison.Core.Directory;
using Liaison.Core.Safety.Detection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Safety;

public enum AdverseEventIntakeStatus
{
    /// <summary>Raised by the person who heard of it; not yet forwarded to Safety.</summary>
    Open,
    Forwarded,
}

/// <summary>
/// An adverse event or product complaint someone in the company heard of, raised for pharmacovigilance. The
/// company's clock starts at <see cref="AwareAt"/>: when the employee learned of it, not when they typed it in.
/// Minimal for now (what the field needs to raise it); the safety capability completes validity, seriousness,
/// follow-ups and ICSR export. Never deleted.
/// </summary>
public sealed class AdverseEventIntake : IVersioned
{
    public static readonly TimeSpan ForwardingDeadline = TimeSpan.FromHours(24);

    public Guid Id { get; set; }
    public SafetySignalKind Kind { get; set; }
    /// <summary>The interaction whose notes told of it, when raised from one.</summary>
    public Guid? InteractionId { get; set; }
    public Guid? ProductId { get; set; }
    /// <summary>The HCP who told of it (the reporter), when known.</summary>
    public Guid? ReporterHcpId { get; set; }
    public string Description { get; set; } = "";
    public DateTime AwareAt { get; set; }
    /// <summary><see cref="AwareAt"/> plus 24 hours: when it must have reached Safety.</summary>
    public DateTime ForwardBy { get; set; }
    public AdverseEventIntakeStatus Status { get; set; }
    public string RaisedById { get; set; } = "";
    public string RaisedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }
}

internal sealed class AdverseEventIntakeConfiguration : IEntityTypeConfiguration<AdverseEventIntake>
{
    public void Configure(EntityTypeBuilder<AdverseEventIntake> b)
    {
        b.ToTable("adverse_event_intakes");
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Description).HasMaxLength(8000);
        b.Property(i => i.RaisedById).HasMaxLength(450);
        b.Property(i => i.RaisedBy).HasMaxLength(256);
        b.HasIndex(i => i.InteractionId);
        b.HasIndex(i => new { i.Status, i.ForwardBy });
        b.HasIndex(i => i.ReporterHcpId);
        b.HasOne<Hcp>().WithMany().HasForeignKey(i => i.ReporterHcpId).OnDelete(DeleteBehavior.Restrict);
    }
}
