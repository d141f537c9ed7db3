using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Calendar;

/// <summary>
/// A user's secret calendar-feed address. Calendar apps cannot send an API token, so the feed URL carries this
/// secret instead; only its SHA-256 is stored. One active per user: issuing a new one revokes the old.
/// </summary>
public sealed class CalendarFeedToken
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    [AuditRedacted] public string TokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}

internal sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedToken>
{
    public void Configure(EntityTypeBuilder<CalendarFeedToken> b)
    {
        b.ToTable("calendar_feed_tokens");
        b.Property(t => t.UserId).HasMaxLength(450);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => t.UserId);
    }
}
