using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>A practice location or mailing address of an organisation.</summary>
public sealed class OrganisationAddress : PostalAddress
{
    public Guid OrganisationId { get; set; }
    /// <summary>Normalised "first line|ZIP5" of a practice location: HCPs registered there are affiliated.</summary>
    public string? LocationKey { get; set; }
}

internal sealed class OrganisationAddressConfiguration : IEntityTypeConfiguration<OrganisationAddress>
{
    public void Configure(EntityTypeBuilder<OrganisationAddress> b)
    {
        b.ToTable("organisation_addresses");
        AddressColumns.Configure(b);
        b.Property(a => a.LocationKey).HasMaxLength(220);
        b.HasIndex(a => a.OrganisationId);
        b.HasIndex(a => a.LocationKey);
    }
}
