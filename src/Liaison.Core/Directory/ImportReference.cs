using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// What a resource that an unfinished FHIR import run has committed is imported under (an NPI, else an organisation's
/// identifier), by the literal reference a later resource may point at it with ("Practitioner/123", a Bundle entry's
/// fullUrl): a run resumed after its checkpoint resolves a PractitionerRole's references to the resources before it from
/// here, not from memory. Written with each batch; deleted when the run completes. Bookkeeping, not audited.
/// </summary>
[NotAudited]
public sealed class ImportReference
{
    public const int ReferenceWidth = 400;

    public Guid RunId { get; set; }
    public string Reference { get; set; } = "";
    /// <summary>The identifier's system (the NPI system for an NPI).</summary>
    public string? System { get; set; }
    public string Value { get; set; } = "";
}

internal sealed class ImportReferenceConfiguration : IEntityTypeConfiguration<ImportReference>
{
    public void Configure(EntityTypeBuilder<ImportReference> b)
    {
        b.ToTable("directory_import_references");
        b.HasKey(r => new { r.RunId, r.Reference });
        b.Property(r => r.Reference).HasMaxLength(ImportReference.ReferenceWidth);
        b.Property(r => r.System).HasMaxLength(DirectoryWidths.External);
        b.Property(r => r.Value).HasMaxLength(DirectoryWidths.External);
        b.HasOne<ImportRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
