using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Privacy;

/// <summary>
/// An HCP's consent to be contacted on one channel for one purpose: where it came from, when it was given, when
/// it expires, and its withdrawal. Withdrawn consents are kept (they are the proof).
/// </summary>
public sealed class Consent : IVersioned
{
    public Guid Id { get; set; }
    public Guid HcpId { get; set; }
    public ConsentChannel Channel { get; set; }
    public ConsentPurpose Purpose { get; set; }
    /// <summary>How it was obtained: "signed form", "web form", "verbal at visit" ...</summary>
    public string Source { get; set; } = "";
    public DateOnly GivenOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public string? WithdrawalNote { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public long Version { get; set; }

    public bool IsInForce(DateOnly on) => WithdrawnOn is null && GivenOn <= on && (ExpiresOn is null || ExpiresOn >= on);
}

public enum ConsentChannel
{
    Email,
    Phone,
    Visit,
    Mail,
    Virtual,
}

public enum ConsentPurpose
{
    ScientificExchange,
    EventInvitations,
    MarketingAdjacent,
    Surveys,
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.ToTable("consents");
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(12);
        b.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.Source).HasMaxLength(200);
        b.Property(c => c.WithdrawalNote).HasMaxLength(500);
        b.Property(c => c.RecordedBy).HasMaxLength(256);
        b.HasIndex(c => new { c.HcpId, c.Channel, c.Purpose });
        b.HasOne<Hcp>().WithMany().HasForeignKey(c => c.HcpId).OnDelete(DeleteBehavior.Cascade);
    }
}
