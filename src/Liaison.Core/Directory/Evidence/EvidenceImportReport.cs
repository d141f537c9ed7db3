namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// What an evidence or prescribing import did. <see cref="Errors"/> holds the first rejected records (capped at
/// <see cref="MaxErrors"/>; <see cref="Rejected"/> is exact); <see cref="Fatal"/> says why the file could not be
/// read further, when it could not.
/// </summary>
public sealed record EvidenceImportReport(long Imported, long Updated, long Unchanged, long Rejected, long Deleted,
    IReadOnlyList<SourceError> Errors, LinkEvidence.Counts Links, SourceError? Fatal)
{
    public const int MaxErrors = 100;
}

/// <summary>Counts an import accumulates as it goes.</summary>
internal sealed class ImportTally
{
    public long Imported, Updated, Unchanged, Rejected, Deleted;
    public List<SourceError> Errors { get; } = [];
    public LinkEvidence.Counts Links { get; set; } = new(0, 0);

    public void Reject(SourceError error)
    {
        Rejected++;
        if (Errors.Count < EvidenceImportReport.MaxErrors) Errors.Add(error);
    }

    /// <summary>The report, its errors in line order: a repeat is found when its batch is saved, after the batch's parse errors.</summary>
    public EvidenceImportReport Report(SourceError? fatal) =>
        new(Imported, Updated, Unchanged, Rejected, Deleted, Errors.OrderBy(e => e.Line).ToList(), Links, fatal);
}
