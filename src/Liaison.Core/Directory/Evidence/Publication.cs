using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory.Evidence;

/// <summary>A PubMed citation, upserted by PMID. Public reference data:
/// each import run is audited as one entry with its counts. Its authors may be linked to HCPs by <see cref="EvidenceLink"/>s.</summary>
[NotAudited]
public sealed class Publication
{
    public Guid Id { get; set; }
    public string Pmid { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Journal { get; set; }
    public int Year { get; set; }
    /// <summary>The most precise date the record gives (electronic article date, else the issue date).</summary>
    public DateOnly PublishedOn { get; set; }
    public string? Doi { get; set; }
    public int AuthorCount { get; set; }
    /// <summary>PubMed types it "Congress" (conference proceedings): it counts as congress work, not as a journal publication.</summary>
    public bool IsCongress { get; set; }
    /// <summary>Hash of the normalised record last imported: an unchanged re-import writes nothing.</summary>
    public long ContentHash { get; set; }
    /// <summary>
    /// The PMID's version held (1 unless the citation is versioned). Versions of a PMID are one publication, whose
    /// newest version stands: an older version read later does not replace it.
    /// </summary>
    public int Version { get; set; } = 1;
    /// <summary>
    /// The file this citation was last written from (<see cref="Import.FileFingerprint.Key"/>) and the record's place
    /// among that file's records: a record of the same version earlier in that file is older (an update file gives a
    /// citation's newer record after the older one), so it is left alone on every run of the file, not written back.
    /// </summary>
    public long? SourceFile { get; set; }
    public long? SourcePosition { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<PublicationAuthor> Authors { get; set; } = [];
}

/// <summary>One author of a publication, at its position in the author list (1-based).</summary>
[NotAudited]
public sealed class PublicationAuthor : IEvidenceSlot
{
    public Guid Id { get; set; }
    public Guid PublicationId { get; set; }
    public int Position { get; set; }
    public string LastName { get; set; } = "";
    public string? ForeName { get; set; }
    public string? Initials { get; set; }
    /// <summary>A group author ("The XYZ Study Group"): never linked to a person.</summary>
    public bool IsCollective { get; set; }
    /// <summary>The affiliations as given, joined with " | ".</summary>
    public string? Affiliation { get; set; }
    public string? Orcid { get; set; }

    int IEvidenceSlot.Slot => Position;
    string IEvidenceSlot.Holder => EvidenceText.Surname(LastName);
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> b)
    {
        b.ToTable("publications");
        b.Property(p => p.Pmid).HasMaxLength(12);
        b.Property(p => p.Title).HasMaxLength(2000);
        b.Property(p => p.Journal).HasMaxLength(400);
        b.Property(p => p.Doi).HasMaxLength(200);
        b.Property(p => p.Version).HasDefaultValue(1);
        b.HasIndex(p => p.Pmid).IsUnique();
        b.HasMany(p => p.Authors).WithOne().HasForeignKey(a => a.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PublicationAuthorConfiguration : IEntityTypeConfiguration<PublicationAuthor>
{
    public void Configure(EntityTypeBuilder<PublicationAuthor> b)
    {
        b.ToTable("publication_authors");
        b.Property(a => a.LastName).HasMaxLength(300);
        b.Property(a => a.ForeName).HasMaxLength(100);
        b.Property(a => a.Initials).HasMaxLength(20);
        b.Property(a => a.Affiliation).HasMaxLength(4000);
        b.Property(a => a.Orcid).HasMaxLength(40);
        b.HasIndex(a => new { a.PublicationId, a.Position }).IsUnique();
    }
}
