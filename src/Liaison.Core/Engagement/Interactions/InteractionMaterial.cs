using Liaison.Core.Engagement.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>
/// A content-library material used at an interaction, with what the checks said when it was attached (kept so
/// compliance can see, for instance, that no certification record existed yet).
/// </summary>
public sealed class InteractionMaterial
{
    public Guid Id { get; set; }
    public Guid InteractionId { get; set; }
    public Guid ContentItemId { get; set; }
    public bool OffLabel { get; set; }
    public CertificationStanding Certification { get; set; }
    public DateTime AttachedAt { get; set; }
}

internal sealed class InteractionMaterialConfiguration : IEntityTypeConfiguration<InteractionMaterial>
{
    public void Configure(EntityTypeBuilder<InteractionMaterial> b)
    {
        b.ToTable("interaction_materials");
        b.Property(m => m.Certification).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(m => new { m.InteractionId, m.ContentItemId }).IsUnique();
        b.HasIndex(m => m.ContentItemId);
        b.HasOne<ContentItem>().WithMany().HasForeignKey(m => m.ContentItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
