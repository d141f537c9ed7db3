using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// A healthcare organisation (HCO): a hospital, practice, academic centre ... (NPPES entity type 2, FHIR
/// Organization). HCPs are linked to it by <see cref="Affiliation"/>s.
/// </summary>
public sealed class Organisation : IVersioned
{
    public Guid Id { get; set; }
    public string? Npi { get; set; }
    /// <summary>The legal business name.</summary>
    public string Name { get; set; } = "";
    /// <summary>A doing-business-as or former name.</summary>
    public string? OtherName { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? PrimaryTaxonomyCode { get; set; }
    /// <summary>NPPES: the organisation is a subpart of another (a department, a site).</summary>
    public bool? IsSubpart { get; set; }
    public string? ParentName { get; set; }

    public DateOnly? EnumeratedOn { get; set; }
    public DateOnly? RegistryUpdatedOn { get; set; }
    public DateOnly? DeactivatedOn { get; set; }
    public string? DeactivationReason { get; set; }
    public DateOnly? ReactivatedOn { get; set; }

    public DirectorySource Source { get; set; }
    public string? ExternalSystem { get; set; }
    public string? ExternalId { get; set; }
    /// <summary>Upper-case ASCII name for prefix search.</summary>
    public string SearchName { get; set; } = "";
    public long ContentHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }

    public bool IsActive => DeactivatedOn is null || (ReactivatedOn is { } r && r >= DeactivatedOn);

    public List<OrganisationAddress> Addresses { get; set; } = [];
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("organisations");
        b.Property(o => o.Npi).HasMaxLength(10);
        b.Property(o => o.Name).HasMaxLength(DirectoryWidths.OrganisationName);
        b.Property(o => o.OtherName).HasMaxLength(DirectoryWidths.OrganisationName);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.PrimaryTaxonomyCode).HasMaxLength(10);
        b.Property(o => o.ParentName).HasMaxLength(DirectoryWidths.OrganisationName);
        b.Property(o => o.DeactivationReason).HasMaxLength(DirectoryWidths.DeactivationReason);
        b.Property(o => o.Source).HasConversion<string>().HasMaxLength(8);
        b.Property(o => o.ExternalSystem).HasMaxLength(DirectoryWidths.External);
        b.Property(o => o.ExternalId).HasMaxLength(DirectoryWidths.External);
        b.Property(o => o.SearchName).HasMaxLength(300);
        b.Ignore(o => o.IsActive);
        b.HasIndex(o => o.Npi).IsUnique();
        b.HasIndex(o => new { o.ExternalSystem, o.ExternalId }).IsUnique();
        b.HasIndex(o => o.SearchName);
        b.HasMany(o => o.Addresses).WithOne().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
