using System.Text.Json;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
using Liaison.Core.Common;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>
/// Imports a CMS Open Payments public file (general or research, current or 2014-era layout) so HCP profiles can
/// show what other companies paid. Streams the file, validates every row (line, column, reason), keeps the good
/// rows and commits in batches. A record already imported is left alone, or updated when a later publication
/// corrected it (same Record_ID, other values), so an interrupted import is simply run again.
/// Then links payments to the directory and records the run in the audit trail.
/// </summary>
public static class ImportOpenPayments
{
    public sealed record RowError(int Line, string Column, string Reason);

    public sealed record Report(string File, ExternalPaymentKind Kind, int Rows, int Imported, int Updated, int AlreadyImported, int Skipped,
        int Rejected, int LinkedToDirectory, IReadOnlyList<RowError> Errors);

    private const int BatchSize = 2000;
    private const int MaxErrors = 100;

    /// <summary>Why a file cannot be imported at all (missing, or its header is not an Open Payments layout), else null.</summary>
    public static string? Check(string path)
    {
        if (!File.Exists(path)) return $"{path}: file not found";
        if (TextInput.Problem(path) is { } unreadable) return $"{path}: {unreadable}";
        using var text = OpenPaymentsFile.Open(path);
        using var reader = text.Rows();
        var (file, problem) = OpenPaymentsFile.Recognise(reader.Header.ColNames);
        return file is null ? $"{path}: line 1: {problem}" : null;
    }

    public sealed class Handler(LiaisonDbContext db)
    {
        /// <param name="progress">Rows read so far, after each committed batch.</param>
        public async Task<(Report? Report, string? Problem)> Handle(string path, IProgress<int>? progress, CancellationToken ct)
        {
            if (Check(path) is { } problem) return (null, problem);
            using var text = OpenPaymentsFile.Open(path);
            using var reader = text.Rows();
            var file = OpenPaymentsFile.Recognise(reader.Header.ColNames).File!;

            var now = db.UtcNow;
            int rows = 0, skipped = 0, rejected = 0;
            var counts = new FlushCounts();
            var errors = new List<RowError>();
            var batch = new List<ExternalPayment>();
            foreach (var (line, values, rowProblem) in file.Rows(text, reader))
            {
                rows++;
                foreach (var parsed in file.Parse(line, values, rowProblem, now))
                {
                    if (parsed.Payment is { } payment) batch.Add(payment);
                    else if (parsed.Skipped) skipped++;
                    else
                    {
                        rejected++;
                        if (errors.Count < MaxErrors) errors.Add(new RowError(parsed.Line, parsed.Column!, parsed.Problem!));
                    }
                }
                if (batch.Count >= BatchSize)
                {
                    await Flush(batch, counts, ct);
                    progress?.Report(rows);
                }
            }
            await Flush(batch, counts, ct);
            progress?.Report(rows);
            var linked = await ExternalPaymentLinks.LinkAsync(db, ct);
            var report = new Report(Path.GetFileName(path), file.Kind, rows, counts.Added, counts.Updated, counts.Known, skipped, rejected, linked, errors);
            await AuditTrail.RecordAsync(db, [new AuditChange("OpenPaymentsImport", report.File, "Import", null,
                JsonSerializer.Serialize(new { report.Kind, report.Rows, report.Imported, report.Updated, report.AlreadyImported, report.Skipped,
                    report.Rejected, report.LinkedToDirectory }))], ct);
            return (report, null);
        }

        private sealed class FlushCounts
        {
            public int Added, Updated, Known;
        }

        private async Task Flush(List<ExternalPayment> batch, FlushCounts counts, CancellationToken ct)
        {
            if (batch.Count == 0) return;
            var kind = batch[0].Kind;
            var ids = batch.Select(b => b.RecordId).Distinct().ToList();
            var stored = await db.ExternalPayments.Where(p => p.Kind == kind && ids.Contains(p.RecordId)).ToDictionaryAsync(p => (p.RecordId, p.Slot), ct);
            // The same record twice in one file counts once.
            var seen = new HashSet<(string, int)>();
            foreach (var payment in batch)
            {
                if (!seen.Add((payment.RecordId, payment.Slot))) counts.Known++;
                else if (!stored.TryGetValue((payment.RecordId, payment.Slot), out var current))
                {
                    db.ExternalPayments.Add(payment);
                    counts.Added++;
                }
                else if (current.Correct(payment)) counts.Updated++;
                else counts.Known++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            batch.Clear();
        }
    }
}
