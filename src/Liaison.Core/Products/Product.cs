using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Products;

/// <summary>
/// A medicinal product of the company. Its approved indications are the label that content, requests and
/// interactions are judged on-label or off-label against.
/// </summary>
public sealed class Product : IVersioned
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string GenericName { get; set; } = "";
    public Guid TherapeuticAreaId { get; set; }
    public string? ApprovedIndications { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ArchivedAt { get; set; }
    public long Version { get; set; }

    public TherapeuticArea? TherapeuticArea { get; set; }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("products");
        b.Property(p => p.Code).HasMaxLength(32);
        b.Property(p => p.Name).HasMaxLength(120);
        b.Property(p => p.GenericName).HasMaxLength(200);
        b.Property(p => p.ApprovedIndications).HasMaxLength(4000);
        b.HasIndex(p => p.Code).IsUnique();
        b.HasIndex(p => p.Name).IsUnique();
        b.HasOne(p => p.TherapeuticArea).WithMany().HasForeignKey(p => p.TherapeuticAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
