using System.Text.Json;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Microsoft.EntityFrameworkCore;
using Liaison.Core.Common;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>
/// Imports a CMS Open Payments public file (general or research, current or 2014-era layout) so HCP profiles can
/// show what other companies paid. Streams the file, validates every row (line, column, reason), keeps the good
/// rows and commits in batches. A record already imported is left alone, or updated when a later publication
/// corrected it (same Record_ID, other values), so an interrupted import is simply run again. A file that gives a
/// Record_ID twice keeps its first row and reports the later one, in a batch and across batches (each record keeps the
/// file and line it came from), so a second run of the file changes nothing.
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
    public static string? Check(string path) => Refusal(path, null) is ({ } reason, var header) ? Words(path, reason, header) : null;

    private static string Words(string path, string reason, bool header) => $"{path}: {(header ? "line 1: " : "")}{reason}";

    /// <summary>
    /// Why <paramref name="path"/> (its ZIP entry <paramref name="entry"/>, if given) cannot be imported at all, and whether
    /// it is its header (line 1) that is not an Open Payments layout; else null.
    /// </summary>
    internal static (string Reason, bool Header)? Refusal(string path, string? entry)
    {
        if (PublishedFile.Problem(path, Rule(entry)) is { } unreadable) return (unreadable, false);
        using var text = OpenPaymentsFile.Text(PublishedFile.Open(path, Rule(entry)));
        using var reader = text.Rows();
        var (file, problem) = OpenPaymentsFile.Recognise(reader.Header.ColNames);
        return file is null ? (problem!, true) : null;
    }

    private static ArchiveEntry? Rule(string? entry) => entry is null ? null : ArchiveEntry.Named(entry);

    public sealed class Handler(LiaisonDbContext db)
    {
        /// <param name="progress">Rows read so far, after each committed batch.</param>
        public Task<(Report? Report, string? Problem)> Handle(string path, IProgress<int>? progress, CancellationToken ct) =>
            Handle(path, null, progress, ct);

        /// <param name="entry">The entry of a program year's ZIP archive to import (<see cref="ImportProgramYear"/>), or null for the file itself.</param>
        internal async Task<(Report? Report, string? Problem)> Handle(string path, string? entry, IProgress<int>? progress, CancellationToken ct)
        {
            if (Refusal(path, entry) is ({ } reason, var header))
                return (null, entry is null ? Words(path, reason, header) : reason);
            using var stream = PublishedFile.Open(path, Rule(entry));
            using var text = OpenPaymentsFile.Text(stream);
            using var reader = text.Rows();
            var file = OpenPaymentsFile.Recognise(reader.Header.ColNames).File!;

            var now = db.UtcNow;
            var source = FileFingerprint.Key(path, entry);
            int rows = 0, skipped = 0, lastLine = 1;
            var counts = new FlushCounts();
            var batch = new List<ExternalPayment>();
            foreach (var (line, values, rowProblem) in file.Rows(text, reader))
            {
                rows++;
                lastLine = line;
                foreach (var parsed in file.Parse(line, values, rowProblem, now))
                {
                    if (parsed.Payment is { } payment)
                    {
                        (payment.SourceFile, payment.SourceLine) = (source, parsed.Line);
                        batch.Add(payment);
                    }
                    else if (parsed.Skipped) skipped++;
                    else counts.Reject(new RowError(parsed.Line, parsed.Column!, parsed.Problem!));
                }
                if (batch.Count >= BatchSize)
                {
                    await Flush(batch, counts, ct);
                    progress?.Report(rows);
                }
            }
            await Flush(batch, counts, ct);
            progress?.Report(rows);
            // In line order: a repeat is found when its batch is saved, after the batch's parse errors.
            var errors = counts.Errors.OrderBy(e => e.Line).ToList();
            // A damaged or cut-off compressed file ends its text like a cut-off file: the rows before stand, the damage is reported.
            if (stream.Damage is { } damage)
            {
                counts.Rejected++;
                errors.Add(new RowError(lastLine, "(file)", damage));
            }
            var linked = await ExternalPaymentLinks.LinkAsync(db, ct);
            var report = new Report(entry ?? Path.GetFileName(path), file.Kind, rows, counts.Added, counts.Updated, counts.Known, skipped,
                counts.Rejected, linked, errors);
            var key = entry is null ? report.File : $"{Path.GetFileName(path)}/{entry}";
            await AuditTrail.RecordAsync(db, [new AuditChange("OpenPaymentsImport", key, "Import", null,
                JsonSerializer.Serialize(new { report.Kind, report.Rows, report.Imported, report.Updated, report.AlreadyImported, report.Skipped,
                    report.Rejected, report.LinkedToDirectory }))], ct);
            return (report, null);
        }

        private sealed class FlushCounts
        {
            public int Added, Updated, Known, Rejected;
            public List<RowError> Errors { get; } = [];

            public void Reject(RowError error)
            {
                Rejected++;
                if (Errors.Count < MaxErrors) Errors.Add(error);
            }
        }

        private async Task Flush(List<ExternalPayment> batch, FlushCounts counts, CancellationToken ct)
        {
            if (batch.Count == 0) return;
            var kind = batch[0].Kind;
            var ids = batch.Select(b => b.RecordId).Distinct().ToList();
            // The batch's turn taken before it reads: another Open Payments import running meanwhile commits its batch first,
            // so a record both give is read here as stored (both added it, the later failing on the unique key).
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ImportTurn.TakeAsync(db, ImportTurn.OpenPayments, ct);
            // Read untracked: only the records a row changes are attached, to be updated.
            var stored = await ExternalPaymentLookup.Stored(db, kind, ids).AsNoTracking().ToDictionaryAsync(p => (p.RecordId, p.Slot), ct);
            var added = new List<ExternalPayment>();
            var moved = new List<(Guid Id, int Line)>();
            var firsts = new Dictionary<(string, int), int>();
            var repeats = new HashSet<int>();
            foreach (var payment in batch)
            {
                var key = (payment.RecordId, payment.Slot);
                var line = payment.SourceLine!.Value;
                var first = firsts.TryGetValue(key, out var inBatch) ? inBatch
                    : stored.TryGetValue(key, out var known) && known.SourceFile == payment.SourceFile && known.SourceLine < line ? known.SourceLine
                    : null;
                if (first is { } earlier)
                {
                    // A research row repeats for each of its principal investigators: reported once.
                    if (repeats.Add(line))
                        counts.Reject(new RowError(line, "Record_ID", $"Record_ID {payment.RecordId} is given already on line {earlier}: "
                            + "a file gives each record once, so that first row stands and this one is not imported"));
                    continue;
                }
                firsts[key] = line;
                if (!stored.TryGetValue(key, out var current))
                {
                    added.Add(payment);
                    counts.Added++;
                    continue;
                }
                // The record now comes from this row: a later row of this file repeating it is told apart from a correction.
                // Unchanged (a new publication gives nearly every record again), only that moves, for the batch at once; a
                // corrected record is tracked from before the change, so its update writes what changed and nothing else.
                if (!current.Differs(payment))
                {
                    counts.Known++;
                    if (current.SourceFile != payment.SourceFile || current.SourceLine != line) moved.Add((current.Id, line));
                    continue;
                }
                db.ExternalPayments.Attach(current);
                if (current.Correct(payment)) counts.Updated++;
                (current.SourceFile, current.SourceLine) = (payment.SourceFile, line);
            }
            // New records in bulk (a prepared statement per row on SQLite, binary COPY on PostgreSQL), the moved ones straight
            // to the engine (ExternalPaymentSources), the corrected ones through EF, in the batch's one transaction.
            await BulkInsert.InsertAsync(db, added, ct);
            await ExternalPaymentSources.MoveAsync(db, batch[0].SourceFile!.Value, moved, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            batch.Clear();
        }
    }
}
