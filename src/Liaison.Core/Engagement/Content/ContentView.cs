using System.ComponentModel.DataAnnotations;

namespace Liaison.Core.Engagement.Content;

public sealed record ContentView(Guid Id, string Title, string DocumentCode, string VersionLabel, Guid ProductId, string Product,
    ApprovalStatus Status, DateOnly? ApprovedOn, DateOnly? ExpiresOn, bool OffLabel, ContentAudience Audience, string FileName,
    string MediaType, long SizeBytes, string Sha256, ContentStorage Storage, string UploadedBy, DateTime CreatedAt, long Version)
{
    /// <summary>Approved and not expired on <paramref name="on"/>: attachable, subject to the off-label and certification rules.</summary>
    public bool UsableOn(DateOnly on) => Status == ApprovalStatus.Approved && (ApprovedOn is null || ApprovedOn <= on)
                                         && (ExpiresOn is null || ExpiresOn >= on);
}

/// <summary>A material's metadata as its manager writes it.</summary>
public sealed record ContentFields
{
    [Required, StringLength(300, MinimumLength = 2)] public string Title { get; init; } = "";
    [Required, StringLength(64, MinimumLength = 2)]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$", ErrorMessage = "The document code may hold letters, digits, dots, hyphens and underscores.")]
    public string DocumentCode { get; init; } = "";
    [Required, StringLength(32, MinimumLength = 1)] public string VersionLabel { get; init; } = "";
    [Required] public Guid? ProductId { get; init; }
    [Required] public ApprovalStatus? Status { get; init; }
    public DateOnly? ApprovedOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public bool OffLabel { get; init; }
    [Required] public ContentAudience? Audience { get; init; }
}
