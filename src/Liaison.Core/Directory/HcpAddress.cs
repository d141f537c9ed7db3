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
        b.Property(a => a.Line1).HasMaxLength(DirectoryWidths.AddressLine);
        b.Property(a => a.Line2).HasMaxLength(DirectoryWidths.AddressLine);
        b.Property(a => a.City).HasMaxLength(DirectoryWidths.City);
        b.Property(a => a.State).HasMaxLength(DirectoryWidths.State);
        b.Property(a => a.PostalCode).HasMaxLength(DirectoryWidths.PostalCode);
        b.Property(a => a.Country).HasMaxLength(DirectoryWidths.Country);
        b.Property(a => a.Phone).HasMaxLength(DirectoryWidths.Phone);
        b.Property(a => a.Fax).HasMaxLength(DirectoryWidths.Phone);
        b.Ignore(a => a.Zip5);
    }
}
