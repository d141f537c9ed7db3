using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using System.Text.Json;

namespace Liaison.Core.Directory.Evidence;

/// <summary>Records a finished evidence or prescribing import run and its one summary audit entry.</summary>
internal static class ImportRunLog
{
    public static Task RecordAsync(LiaisonDbContext db, string kind, string path, DateTime startedAt,
        EvidenceImportReport report, CancellationToken ct) => RecordAsync(db, kind, path, startedAt, report, [], ct);

    /// <param name="withdrawn">Citations the run removed because NLM withdrew them ("PMID.version"), named in the audit entry.</param>
    public static async Task RecordAsync(LiaisonDbContext db, string kind, string path, DateTime startedAt,
        EvidenceImportReport report, IReadOnlyList<string> withdrawn, CancellationToken ct)
    {
        var run = new ImportRun
        {
            Id = Guid.CreateVersion7(), Kind = kind, FileName = Path.GetFileName(path), FileSize = new FileInfo(path).Length,
            Fingerprint = "", Status = report.Fatal is null ? ImportStatus.Completed : ImportStatus.Failed,
            Imported = report.Imported, Updated = report.Updated, Unchanged = report.Unchanged, Rejected = report.Rejected,
            Errors = JsonSerializer.Serialize(report.Errors.Take(20)), StartedBy = db.Actor.Name, StartedAt = startedAt,
            FinishedAt = db.UtcNow,
        };
        db.DirectoryImportRuns.Add(run);
        var summary = JsonSerializer.Serialize(new
        {
            file = run.FileName, report.Imported, report.Updated, report.Unchanged, report.Rejected, report.Deleted,
            withdrawnCitations = withdrawn,
            linksHighConfidence = report.Links.HighConfidence, linksForReview = report.Links.ForReview, fatal = report.Fatal?.Reason,
        });
        await AuditTrail.RecordAsync(db, [new AuditChange($"Import:{kind}", run.Id.ToString(), "Import", null, summary)], ct);
    }
}
