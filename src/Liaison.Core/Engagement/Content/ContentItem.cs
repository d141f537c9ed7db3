using Liaison.Core.Common;
using Liaison.Core.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Engagement.Content;

public enum ApprovalStatus
{
    Draft,
    InReview,
    Approved,
    Withdrawn,
}

public enum ContentAudience
{
    HealthcareProfessionals,
    Patients,
    Payers,
    Internal,
}

public enum ContentStorage
{
    Database,
    Folder,
}

/// <summary>
/// A scientific material of the content library: one version of a document (slide deck, reprint, standard
/// response), its file identified by SHA-256, its approval and expiry, and whether it speaks beyond the label.
/// A new version is a new item with the same <see cref="DocumentCode"/>.
/// </summary>
public sealed class ContentItem : IVersioned
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The document's number in the approval system (e.g. MED-ONC-0042); shared by its versions.</summary>
    public string DocumentCode { get; set; } = "";
    public string VersionLabel { get; set; } = "";
    public Guid ProductId { get; set; }
    public ApprovalStatus Status { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    /// <summary>Speaks of uses outside the approved label: shareable only against an unsolicited request.</summary>
    public bool OffLabel { get; set; }
    public ContentAudience Audience { get; set; }
    public string FileName { get; set; } = "";
    public string MediaType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public ContentStorage Storage { get; set; }
    public string UploadedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }
}

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> b)
    {
        b.ToTable("content_items");
        b.Property(c => c.Title).HasMaxLength(300);
        b.Property(c => c.DocumentCode).HasMaxLength(64);
        b.Property(c => c.VersionLabel).HasMaxLength(32);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Audience).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Storage).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.FileName).HasMaxLength(260);
        b.Property(c => c.MediaType).HasMaxLength(128);
        b.Property(c => c.Sha256).HasMaxLength(64);
        b.Property(c => c.UploadedBy).HasMaxLength(256);
        b.HasIndex(c => new { c.DocumentCode, c.VersionLabel }).IsUnique();
        b.HasIndex(c => c.ProductId);
        b.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
