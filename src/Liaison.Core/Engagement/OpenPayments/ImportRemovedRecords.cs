using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>
/// Applies CMS's removed and deleted records file (<see cref="RemovedRecordsFile"/>): the payments an earlier publication gave and
/// CMS has since withdrawn are deleted from the workspace, so HCP profiles stop showing them (a research payment with each of
/// the physicians it named). Streams the file, reports a bad row by line, column and reason and keeps its neighbours, and
/// commits in batches under the Open Payments import turn; a record the workspace does not hold (never imported, or removed by
/// an earlier run) is counted, not refused, so the file can be applied again and changes nothing. Audited as one entry.
/// </summary>
public static class ImportRemovedRecords
{
    /// <summary>
    /// The rows read; the records removed (each Record_ID once, with every payment stored for it); those the workspace did not
    /// hold; ownership and investment rows skipped; rows refused, with the first errors.
    /// </summary>
    public sealed record Report(string File, int Rows, int Removed, int NotHeld, int Skipped, int Rejected, IReadOnlyList<ImportOpenPayments.RowError> Errors);

    private const int BatchSize = 500;
    private const int MaxErrors = 100;

    /// <summary>Whether <paramref name="path"/> (its ZIP entry <paramref name="entry"/>, if given) is a removed and deleted records file, by its header.</summary>
    public static bool Holds(string path, string? entry = null)
    {
        var rule = entry is null ? null : ArchiveEntry.Named(entry);
        if (PublishedFile.Problem(path, rule) is not null) return false;
        using var text = OpenPaymentsFile.Text(PublishedFile.Open(path, rule));
        using var reader = text.Rows();
        return RemovedRecordsFile.Recognise(reader.Header.ColNames);
    }

    public sealed class Handler(LiaisonDbContext db)
    {
        /// <param name="entry">The entry of a program year's ZIP archive, or null for the file itself.</param>
        /// <param name="progress">Rows read so far, after each committed batch.</param>
        public async Task<(Report? Report, string? Problem)> Handle(string path, string? entry, IProgress<int>? progress, CancellationToken ct)
        {
            if (!Holds(path, entry))
                return (null, $"{entry ?? path}: not an Open Payments removed and deleted records file (Change_Type, Program_Year, Payment_Type, Record_ID)");
            using var stream = PublishedFile.Open(path, entry is null ? null : ArchiveEntry.Named(entry));
            using var text = OpenPaymentsFile.Text(stream);
            var counts = new Counts();
            var batch = new List<RemovedRecord>();
            int rows = 0, lastLine = 1;
            foreach (var row in RemovedRecordsFile.Rows(text))
            {
                (rows, lastLine) = (rows + 1, row.Line);
                if (row.Skipped) counts.Skipped++;
                else if (row.Kind is null) counts.Reject(new(row.Line, row.Column!, row.Problem!));
                else batch.Add(row);
                if (batch.Count < BatchSize) continue;
                await Remove(batch, counts, ct);
                progress?.Report(rows);
            }
            await Remove(batch, counts, ct);
            progress?.Report(rows);
            var errors = counts.Errors.ToList();
            if (stream.Damage is { } damage)
            {
                counts.Rejected++;
                errors.Add(new(lastLine, "(file)", damage));
            }
            var report = new Report(entry ?? Path.GetFileName(path), rows, counts.Removed, counts.NotHeld, counts.Skipped, counts.Rejected, errors);
            var key = entry is null ? report.File : $"{Path.GetFileName(path)}/{entry}";
            await AuditTrail.RecordAsync(db, [new AuditChange("OpenPaymentsImport", key, "RemoveWithdrawnRecords", null,
                JsonSerializer.Serialize(new { report.Rows, report.Removed, report.NotHeld, report.Skipped, report.Rejected }))], ct);
            return (report, null);
        }

        /// <summary>Deletes the batch's records in one transaction, counting each Record_ID held once (a file may list one twice).</summary>
        private async Task Remove(List<RemovedRecord> batch, Counts counts, CancellationToken ct)
        {
            if (batch.Count == 0) return;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ImportTurn.TakeAsync(db, ImportTurn.OpenPayments, ct);
            foreach (var kind in batch.Select(r => r.Kind!.Value).Distinct())
            {
                var ids = batch.Where(r => r.Kind == kind).Select(r => r.RecordId!).Distinct().ToList();
                var stored = await ExternalPaymentLookup.Stored(db, kind, ids).AsNoTracking().Select(p => new { p.Id, p.RecordId }).ToListAsync(ct);
                var held = stored.Select(p => p.RecordId).Distinct().Count();
                var doomed = stored.Select(p => p.Id).ToList();
                if (doomed.Count > 0) await db.ExternalPayments.Where(p => EF.Parameter(doomed).Contains(p.Id)).ExecuteDeleteAsync(ct);
                counts.Removed += held;
                counts.NotHeld += batch.Count(r => r.Kind == kind) - held;
            }
            await tx.CommitAsync(ct);
            batch.Clear();
        }

        private sealed class Counts
        {
            public int Removed, NotHeld, Skipped, Rejected;
            public List<ImportOpenPayments.RowError> Errors { get; } = [];

            public void Reject(ImportOpenPayments.RowError error)
            {
                Rejected++;
                if (Errors.Count < MaxErrors) Errors.Add(error);
            }
        }
    }
}
