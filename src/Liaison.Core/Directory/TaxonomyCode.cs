using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// A code of the NUCC Health Care Provider Taxonomy code set: what "207RC0000X" means to a reader
/// ("Cardiovascular Disease Physician"). Reference data loaded from the code set Liaison ships; its loading is
/// audited as one entry.
/// </summary>
[NotAudited]
public sealed class TaxonomyCode
{
    public string Code { get; set; } = "";
    public string Grouping { get; set; } = "";
    public string Classification { get; set; } = "";
    public string? Specialization { get; set; }
    public string DisplayName { get; set; } = "";
    /// <summary>"Individual" or "Non-Individual".</summary>
    public string Section { get; set; } = "";

    /// <summary>The readable specialty: the specialization when there is one, else the classification.</summary>
    public string Specialty => Specialization ?? Classification;
}

internal sealed class TaxonomyCodeConfiguration : IEntityTypeConfiguration<TaxonomyCode>
{
    public void Configure(EntityTypeBuilder<TaxonomyCode> b)
    {
        b.ToTable("taxonomy_codes");
        b.HasKey(t => t.Code);
        b.Property(t => t.Code).HasMaxLength(10);
        b.Property(t => t.Grouping).HasMaxLength(200);
        b.Property(t => t.Classification).HasMaxLength(200);
        b.Property(t => t.Specialization).HasMaxLength(200);
        b.Property(t => t.DisplayName).HasMaxLength(200);
        b.Property(t => t.Section).HasMaxLength(20);
        b.Ignore(t => t.Specialty);
    }
}
