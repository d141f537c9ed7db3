namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>
/// Imports CMS Open Payments' program-year download as published (<see cref="ProgramYearArchive"/>): its general and its
/// research payments entries in turn, after its removed and deleted records entry (<see cref="ImportRemovedRecords"/>), each read straight from the archive as a file of its own is
/// (<see cref="ImportOpenPayments"/>: streamed, validated by the entry's own lines, its records remembered by the entry so a
/// second run changes nothing, its run in the audit trail). An entry cut off or damaged keeps its rows before the damage
/// and the other entries are still imported; an entry that cannot be read at all is reported as refused on its line 1.
/// </summary>
public static class ImportProgramYear
{
    /// <summary>A refused row or entry, naming the entry whose line it is.</summary>
    public sealed record EntryError(string Entry, int Line, string Column, string Reason);

    /// <summary>An entry of the archive left out, and why (the ownership and investment file).</summary>
    public sealed record SkippedEntry(string Entry, string Reason);

    /// <summary>
    /// The archive's totals (the fields of a file's report, summed over its payments entries; rows, skipped and refused rows and
    /// errors over its removed and deleted records entries too, whose records removed are <paramref name="Removed"/>), then each
    /// entry's own report.
    /// </summary>
    public sealed record Report(string File, int Rows, int Imported, int Updated, int AlreadyImported, int Skipped, int Rejected,
        int LinkedToDirectory, int Removed, IReadOnlyList<EntryError> Errors, IReadOnlyList<ImportOpenPayments.Report> Entries,
        IReadOnlyList<ImportRemovedRecords.Report> Removals, IReadOnlyList<SkippedEntry> SkippedEntries)
    {
        internal static Report Of(string file, IReadOnlyList<ImportRemovedRecords.Report> removals, IReadOnlyList<ImportOpenPayments.Report> entries,
            IReadOnlyList<SkippedEntry> skipped) =>
            new(file, entries.Sum(e => e.Rows) + removals.Sum(r => r.Rows), entries.Sum(e => e.Imported), entries.Sum(e => e.Updated),
                entries.Sum(e => e.AlreadyImported), entries.Sum(e => e.Skipped) + removals.Sum(r => r.Skipped),
                entries.Sum(e => e.Rejected) + removals.Sum(r => r.Rejected), entries.Sum(e => e.LinkedToDirectory), removals.Sum(r => r.Removed),
                removals.SelectMany(e => Named(e.File, e.Errors)).Concat(entries.SelectMany(e => Named(e.File, e.Errors))).ToList(),
                entries, removals, skipped);

        private static IEnumerable<EntryError> Named(string entry, IEnumerable<ImportOpenPayments.RowError> errors) =>
            errors.Select(r => new EntryError(entry, r.Line, r.Column, r.Reason));
    }

    /// <summary>Rows read so far of one entry, after each committed batch.</summary>
    public sealed record Reading(string Entry, int Rows);

    /// <summary>Whether <paramref name="path"/> is a ZIP archive of several files, imported here entry by entry rather than as one file.</summary>
    public static bool Holds(string path) => ProgramYearArchive.Of(path) is not null;

    /// <summary>Why the archive holds nothing to import (no general, research or removed records entry), naming what it holds; else null.</summary>
    public static string? Check(string path) => ProgramYearArchive.Of(path) is (_, { } problem) ? $"{path}: {problem}" : null;

    public sealed class Handler(ImportOpenPayments.Handler entries, ImportRemovedRecords.Handler withdrawals)
    {
        public async Task<(Report? Report, string? Problem)> Handle(string path, IProgress<Reading>? progress, CancellationToken ct)
        {
            if (ProgramYearArchive.Of(path) is not (var contents, var problem)) return (null, $"{path}: not a ZIP archive of several files");
            if (contents is null) return (null, $"{path}: {problem}");
            // Withdrawn records first: a record the current publication gives again stands, whatever the removals file says of it.
            var removals = new List<ImportRemovedRecords.Report>();
            foreach (var entry in contents.Removals)
            {
                var rows = progress is null ? null : new Progress<int>(n => progress.Report(new Reading(entry, n)));
                var (report, refused) = await withdrawals.Handle(path, entry, rows, ct);
                removals.Add(report ?? new ImportRemovedRecords.Report(entry, 0, 0, 0, 0, 1, [new ImportOpenPayments.RowError(1, "file", refused!)]));
            }
            var reports = new List<ImportOpenPayments.Report>();
            foreach (var entry in contents.Payments)
            {
                var rows = progress is null ? null : new Progress<int>(n => progress.Report(new Reading(entry.Name, n)));
                var (report, refused) = await entries.Handle(path, entry.Name, rows, ct);
                reports.Add(report ?? new ImportOpenPayments.Report(entry.Name, entry.Kind, 0, 0, 0, 0, 0, 1, 0,
                    [new ImportOpenPayments.RowError(1, "file", refused!)]));
            }
            var skipped = contents.Ownership.Select(o => new SkippedEntry(o, ProgramYearArchive.OwnershipReason)).ToList();
            return (Report.Of(Path.GetFileName(path), removals, reports, skipped), null);
        }
    }
}
