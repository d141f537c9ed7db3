using Liaison.Core.Common;
using Liaison.Core.Directory;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Transfers;

/// <summary>
/// A payment or item of value given to an HCP (US Sunshine Act): a meal, an honorarium, travel, an educational item.
/// Recorded per HCP with CMS's nature-of-payment category, so the year exports as an Open Payments file.
/// </summary>
public sealed class TransferOfValue : IVersioned
{
    public Guid Id { get; set; }
    public Guid HcpId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PaidOn { get; set; }
    public PaymentNature Nature { get; set; }
    public PaymentForm Form { get; set; }
    public int NumberOfPayments { get; set; } = 1;
    public Guid? EventId { get; set; }
    public Guid? InteractionId { get; set; }
    public Guid? ProductId { get; set; }
    public string? Context { get; set; }
    public string? CityOfTravel { get; set; }
    public string? StateOfTravel { get; set; }
    public string? CountryOfTravel { get; set; }
    public string RecordedById { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }

    /// <summary>
    /// A stable numeric record id for Open Payments: the 62 random bits of the id's low half. The high half is the
    /// millisecond and only 12 random bits, so transfers recorded together (a loop, an import) shared it.
    /// </summary>
    public static string RecordNumber(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        const ulong randomBits = (1UL << 62) - 1; // the two above them are the RFC 9562 variant, the same in every id
        return (System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]) & randomBits).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

internal sealed class TransferOfValueConfiguration : IEntityTypeConfiguration<TransferOfValue>
{
    public void Configure(EntityTypeBuilder<TransferOfValue> b)
    {
        b.ToTable("transfers_of_value", t => t.HasCheckConstraint("ck_transfers_of_value_amount", "amount > 0"));
        b.Property(t => t.Nature).HasConversion<string>().HasMaxLength(48);
        b.Property(t => t.Form).HasConversion<string>().HasMaxLength(48);
        b.Property(t => t.Context).HasMaxLength(500);
        b.Property(t => t.CityOfTravel).HasMaxLength(40);
        b.Property(t => t.StateOfTravel).HasMaxLength(2);
        b.Property(t => t.CountryOfTravel).HasMaxLength(100);
        b.Property(t => t.RecordedById).HasMaxLength(450);
        b.Property(t => t.RecordedBy).HasMaxLength(256);
        b.HasIndex(t => new { t.HcpId, t.PaidOn });
        b.HasIndex(t => t.PaidOn);
        b.HasOne<Hcp>().WithMany().HasForeignKey(t => t.HcpId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MedicalEvent>().WithMany().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Interaction>().WithMany().HasForeignKey(t => t.InteractionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(t => t.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
