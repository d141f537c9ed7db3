using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>
/// A field interaction: who met whom, when, how, about what, with which materials. Signed, it is locked (21 CFR
/// Part 11 style): a later change is an <see cref="InteractionAmendment"/> with a reason, keeping the signed text.
/// </summary>
public sealed class Interaction : IVersioned
{
    public Guid Id { get; set; }
    public InteractionKind Kind { get; set; }
    public InteractionChannel Channel { get; set; }
    public DateTime OccurredAt { get; set; }
    public int DurationMinutes { get; set; }
    public string? Place { get; set; }
    /// <summary>The MSL who logged it and signs it.</summary>
    public string OwnerId { get; set; } = "";
    /// <summary>Shared with the MSLs whose territories include an attendee; private to the owner (and their manager, compliance) otherwise.</summary>
    public bool Shared { get; set; }
    public string? Notes { get; set; }
    public List<string> Topics { get; set; } = [];
    /// <summary>The documented unsolicited request this interaction answers: the licence for off-label material.</summary>
    public Guid? UnsolicitedRequestId { get; set; }
    public Guid? EventId { get; set; }
    public InteractionStatus Status { get; set; }
    public DateTime? SignedAt { get; set; }
    public string? SignedBy { get; set; }
    public int AmendmentCount { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }

    public List<InteractionAttendee> Attendees { get; set; } = [];
    public List<InteractionProduct> Products { get; set; } = [];
    public List<InteractionMaterial> Materials { get; set; } = [];
    public List<FollowUp> FollowUps { get; set; } = [];
}

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> b)
    {
        b.ToTable("interactions");
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(i => i.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(8);
        b.Property(i => i.Place).HasMaxLength(200);
        b.Property(i => i.OwnerId).HasMaxLength(450);
        b.Property(i => i.Notes).HasMaxLength(20000);
        b.Property(i => i.SignedBy).HasMaxLength(256);
        b.HasIndex(i => new { i.OwnerId, i.OccurredAt });
        b.HasIndex(i => i.OccurredAt);
        b.HasIndex(i => i.EventId);
        b.HasMany(i => i.Attendees).WithOne().HasForeignKey(a => a.InteractionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Products).WithOne().HasForeignKey(p => p.InteractionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Materials).WithOne().HasForeignKey(m => m.InteractionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.FollowUps).WithOne().HasForeignKey(f => f.InteractionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MedicalInformation.UnsolicitedRequest>().WithMany().HasForeignKey(i => i.UnsolicitedRequestId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
