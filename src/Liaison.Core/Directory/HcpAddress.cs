using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>A practice location or mailing address of an HCP. Deleted, not pseudonymised, on erasure.</summary>
public sealed class HcpAddress : PostalAddress
{
    public Guid HcpId { get; set; }
}

internal sealed class HcpAddressConfiguration : IEntityTypeConfiguration<HcpAddress>
{
    public void Configure(EntityTypeBuilder<HcpAddress> b)
    {
        b.ToTable("hcp_addresses");
        AddressColumns.Configure(b);
        b.HasIndex(a => a.HcpId);
    }
}

internal static class AddressColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> b) where T : PostalAddress
    {
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(8);
        b.Property(a => a.Line1).HasMaxLength(200);
        b.Property(a => a.Line2).HasMaxLength(200);
        b.Property(a => a.City).HasMaxLength(100);
        b.Property(a => a.State).HasMaxLength(100);
        b.Property(a => a.PostalCode).HasMaxLength(20);
        b.Property(a => a.Country).HasMaxLength(2);
        b.Property(a => a.Phone).HasMaxLength(30);
        b.Property(a => a.Fax).HasMaxLength(30);
        b.Ignore(a => a.Zip5);
    }
}
