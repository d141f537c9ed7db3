using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Content;

/// <summary>
/// The bytes of a material kept in the database (the default store). Immutable once written: the item's audited
/// SHA-256 proves the content, so the bytes themselves stay out of the audit trail.
/// </summary>
public sealed class ContentFile
{
    public Guid ContentItemId { get; set; }
    [AuditRedacted] public byte[] Bytes { get; set; } = [];
}

internal sealed class ContentFileConfiguration : IEntityTypeConfiguration<ContentFile>
{
    public void Configure(EntityTypeBuilder<ContentFile> b)
    {
        b.ToTable("content_files");
        b.HasKey(f => f.ContentItemId);
        b.HasOne<ContentItem>().WithOne().HasForeignKey<ContentFile>(f => f.ContentItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
