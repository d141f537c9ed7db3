using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// One of an HCP's specialties: a NUCC Health Care Provider Taxonomy code (readable through
/// <see cref="TaxonomyCode"/>), the licence it was registered with, and whether it is the primary one.
/// </summary>
public sealed class HcpTaxonomy
{
    public Guid Id { get; set; }
    public Guid HcpId { get; set; }
    public string Code { get; set; } = "";
    public bool IsPrimary { get; set; }
    public string? LicenseNumber { get; set; }
    public string? LicenseState { get; set; }
    /// <summary>Position in the source (NPPES slot 1–15), to keep the registry's order.</summary>
    public int Ordinal { get; set; }
}

internal sealed class HcpTaxonomyConfiguration : IEntityTypeConfiguration<HcpTaxonomy>
{
    public void Configure(EntityTypeBuilder<HcpTaxonomy> b)
    {
        b.ToTable("hcp_taxonomies");
        b.Property(t => t.Code).HasMaxLength(10);
        b.Property(t => t.LicenseNumber).HasMaxLength(DirectoryWidths.License);
        b.Property(t => t.LicenseState).HasMaxLength(DirectoryWidths.LicenseState);
        b.HasIndex(t => t.HcpId);
    }
}
