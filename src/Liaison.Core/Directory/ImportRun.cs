using Liaison.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Core.Directory;

/// <summary>
/// One run of a directory import and its checkpoint: the last physical line committed, with the counts and
/// errors so far. A re-run of the same file (same fingerprint) resumes an unfinished run from here. Bookkeeping:
/// the run is audited as one entry with its counts when it finishes.
/// </summary>
[NotAudited]
public sealed class ImportRun
{
    public Guid Id { get; set; }
    /// <summary>"nppes", "nppes-pl" (NPPES's practice location file) or "fhir".</summary>
    public string Kind { get; set; } = "";
    public string FileName { get; set; } = "";
    public long FileSize { get; set; }
    /// <summary>SHA-256 over the size and the first and last 64 KiB: identifies the file without reading it all.</summary>
    public string Fingerprint { get; set; } = "";
    public ImportStatus Status { get; set; }
    /// <summary>Physical line (header = 1) of the last row whose effect is committed.</summary>
    public long CheckpointLine { get; set; }
    public long Imported { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long Rejected { get; set; }
    /// <summary>The first errors (capped), as JSON: [{line, column, reason}].</summary>
    public string Errors { get; set; } = "[]";
    public string StartedBy { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}

public enum ImportStatus
{
    Running,
    Completed,
    Failed,
}

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> b)
    {
        b.ToTable("directory_import_runs");
        b.Property(r => r.Kind).HasMaxLength(16);
        b.Property(r => r.FileName).HasMaxLength(400);
        b.Property(r => r.Fingerprint).HasMaxLength(64);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.StartedBy).HasMaxLength(256);
        b.HasIndex(r => new { r.Kind, r.Fingerprint, r.Status });
    }
}
