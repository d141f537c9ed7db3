using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Products;

/// <summary>A disease area the company works in (oncology, cardiology, rare diseases ...).</summary>
public sealed class TherapeuticArea : IVersioned
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateTime? ArchivedAt { get; set; }
    public long Version { get; set; }
}

internal sealed class TherapeuticAreaConfiguration : IEntityTypeConfiguration<TherapeuticArea>
{
    public void Configure(EntityTypeBuilder<TherapeuticArea> b)
    {
        b.ToTable("therapeutic_areas");
        b.Property(a => a.Code).HasMaxLength(16);
        b.Property(a => a.Name).HasMaxLength(120);
        b.Property(a => a.Description).HasMaxLength(2000);
        b.HasIndex(a => a.Code).IsUnique();
        b.HasIndex(a => a.Name).IsUnique();
    }
}
