using Liaison.Core.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>A product discussed at an interaction.</summary>
public sealed class InteractionProduct
{
    public Guid InteractionId { get; set; }
    public Guid ProductId { get; set; }
}

internal sealed class InteractionProductConfiguration : IEntityTypeConfiguration<InteractionProduct>
{
    public void Configure(EntityTypeBuilder<InteractionProduct> b)
    {
        b.ToTable("interaction_products");
        b.HasKey(p => new { p.InteractionId, p.ProductId });
        b.HasIndex(p => p.ProductId);
        b.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
