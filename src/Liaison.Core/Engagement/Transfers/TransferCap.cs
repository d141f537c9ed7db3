using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Transfers;

/// <summary>
/// A compliance limit on what one HCP may receive in a calendar year: in total (no <see cref="Nature"/>) or for one
/// nature of payment (meals, say). Crossing <see cref="WarnAtPercent"/> warns; crossing the limit warns loudly and
/// shows on the compliance list. Caps warn rather than block: the payment happened and must be reported either way.
/// </summary>
public sealed class TransferCap : IVersioned
{
    public Guid Id { get; set; }
    public PaymentNature? Nature { get; set; }
    public decimal AnnualLimit { get; set; }
    public int WarnAtPercent { get; set; } = 80;
    public long Version { get; set; }
}

internal sealed class TransferCapConfiguration : IEntityTypeConfiguration<TransferCap>
{
    public void Configure(EntityTypeBuilder<TransferCap> b)
    {
        b.ToTable("transfer_caps", t => t.HasCheckConstraint("ck_transfer_caps_limit", "annual_limit > 0 AND warn_at_percent BETWEEN 1 AND 100"));
        b.Property(c => c.Nature).HasConversion<string>().HasMaxLength(48);
        b.HasIndex(c => c.Nature).IsUnique();
    }
}
