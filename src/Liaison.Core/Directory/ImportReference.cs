using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// What a resource a FHIR import imported is imported under (an NPI, else an organisation's or practitioner's external
/// identifier), by the literal reference a later resource may point at it with ("Practitioner/123", a Bundle entry's
/// fullUrl). Kept after its run: a PractitionerRole resolves its references to the resources of its own file first, then
/// to those imported before it (earlier in its run, before a resumed run's checkpoint, or by an earlier run: a server's
/// export imported one file at a time). One row per reference: the last import of a resource under a reference replaces
/// what it pointed at (last import wins). An erased person's rows are deleted with the person's identifiers.
/// Bookkeeping, not audited.
/// </summary>
[NotAudited]
public sealed class ImportReference
{
    public const int ReferenceWidth = 400;

    public string Reference { get; set; } = "";
    /// <summary>The run that last imported a resource under <see cref="Reference"/>.</summary>
    public Guid RunId { get; set; }
    /// <summary>The identifier's system (the NPI system for an NPI).</summary>
    public string? System { get; set; }
    public string Value { get; set; } = "";
}

internal sealed class ImportReferenceConfiguration : IEntityTypeConfiguration<ImportReference>
{
    public void Configure(EntityTypeBuilder<ImportReference> b)
    {
        b.ToTable("directory_import_references");
        b.HasKey(r => r.Reference);
        b.Property(r => r.Reference).HasMaxLength(ImportReference.ReferenceWidth);
        b.Property(r => r.System).HasMaxLength(DirectoryWidths.External);
        b.Property(r => r.Value).HasMaxLength(DirectoryWidths.External);
        // An erasure finds a person's references by what they point at.
        b.HasIndex(r => new { r.Value, r.System });
        b.HasOne<ImportRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
