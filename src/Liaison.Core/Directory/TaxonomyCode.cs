using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// A code of the NUCC Health Care Provider Taxonomy code set: what "207RC0000X" means to a reader
/// ("Cardiovascular Disease Physician"). The code set Liaison ships is read from its resource
/// (<see cref="Registry.NuccCodeSet"/>); a later release a workspace imported is kept in <c>taxonomy_codes</c>.
/// </summary>
public sealed class TaxonomyCode
{
    public string Code { get; set; } = "";
    public string Grouping { get; set; } = "";
    public string Classification { get; set; } = "";
    public string? Specialization { get; set; }
    public string DisplayName { get; set; } = "";
    /// <summary>"Individual" or "Non-Individual" (empty in releases before NUCC added the column).</summary>
    public string Section { get; set; } = "";

    /// <summary>The readable specialty: the specialization when there is one, else the classification.</summary>
    public string Specialty => Specialization ?? Classification;

    /// <summary>Widths, in characters, about twice the longest of NUCC's releases.</summary>
    public const int TextWidth = 200, DisplayNameWidth = 300, SectionWidth = 20;
}

internal sealed class TaxonomyCodeConfiguration : IEntityTypeConfiguration<TaxonomyCode>
{
    public void Configure(EntityTypeBuilder<TaxonomyCode> b)
    {
        b.ToTable("taxonomy_codes");
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(10);
        b.Property(c => c.Grouping).HasMaxLength(TaxonomyCode.TextWidth);
        b.Property(c => c.Classification).HasMaxLength(TaxonomyCode.TextWidth);
        b.Property(c => c.Specialization).HasMaxLength(TaxonomyCode.TextWidth);
        b.Property(c => c.DisplayName).HasMaxLength(TaxonomyCode.DisplayNameWidth);
        b.Property(c => c.Section).HasMaxLength(TaxonomyCode.SectionWidth);
        b.Ignore(c => c.Specialty);
    }
}
