using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// <c>liaison import nucc FILE</c>: takes a later release of the NUCC taxonomy code set (NUCC publishes one each January
/// and July) for the workspace, so codes the registry uses before Liaison ships them read as specialties and are found
/// by a specialty search. A code of the release is imported when the workspace's set lacks it, updated when its texts
/// differ, unchanged otherwise; a code the release no longer lists stays readable (registry records may hold it). Bad rows
/// are reported by line and left out; a file that cannot be read whole (not the code set, cut off) changes nothing, as a
/// code set is taken as one release. The codes, the release's name and the run's audit entry commit together.
/// </summary>
public static class ImportTaxonomyCodes
{
    public sealed record Report(long Imported, long Updated, long Unchanged, long Rejected, string Release,
        IReadOnlyList<SourceError> Errors, SourceError? Fatal);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Report> Handle(string path, string? release, CancellationToken ct)
        {
            var started = db.UtcNow;
            release = release?.Trim() is { Length: > 0 } given ? given : NuccCodeSetReader.ReleaseFromFileName(path) ?? $"imported {started:yyyy-MM-dd}";
            if (release.Length > 40 || NulCharacter.In(release))
                return new Report(0, 0, 0, 0, release, [], new(1, "release", "the release name must be at most 40 characters of text"));
            if (TextInput.Problem(path) is { } problem) return new Report(0, 0, 0, 0, release, [], new(1, "file", problem));

            var tally = new ImportTally();
            var codes = new Dictionary<string, (TaxonomyCode Code, long Line)>(StringComparer.Ordinal);
            try
            {
                await using var stream = PublishedFile.Open(path);
                using var text = TextInput.Reader(stream);
                foreach (var parsed in NuccCodeSetReader.Read(text))
                {
                    ct.ThrowIfCancellationRequested();
                    if (parsed.Error is { } error) tally.Reject(error);
                    else if (codes.TryGetValue(parsed.Record!.Code, out var first))
                        tally.Reject(new(parsed.Line, "Code", $"{parsed.Record.Code} is given twice: line {first.Line}'s row is kept"));
                    else codes[parsed.Record.Code] = (parsed.Record, parsed.Line);
                }
            }
            catch (SourceFormatException e) { return Finish(tally, release, e.Error); }
            if (codes.Count == 0)
                return Finish(tally, release, new(1, "file", "the file holds no valid taxonomy code: nothing was changed"));

            var effective = await TaxonomyCodes.ReadAsync(db, ct);
            var held = await db.TaxonomyCodes.ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
            foreach (var (code, _) in codes.Values)
            {
                var before = effective.Find(code.Code);
                if (before is null) tally.Imported++;
                else if (SameTexts(before, code)) tally.Unchanged++;
                else tally.Updated++;
                if (!held.TryGetValue(code.Code, out var row)) db.TaxonomyCodes.Add(code);
                else if (!SameTexts(row, code))
                    (row.Grouping, row.Classification, row.Specialization, row.DisplayName, row.Section) =
                        (code.Grouping, code.Classification, code.Specialization, code.DisplayName, code.Section);
            }
            var setting = await db.WorkspaceSettings.FirstOrDefaultAsync(s => s.Key == TaxonomyCodes.ReleaseSetting, ct);
            if (setting is null) db.WorkspaceSettings.Add(new WorkspaceSetting { Key = TaxonomyCodes.ReleaseSetting, Value = release });
            else setting.Value = release;

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var report = Finish(tally, release, null);
            await ImportRunLog.RecordAsync(db, "nucc", path, started,
                new EvidenceImportReport(report.Imported, report.Updated, report.Unchanged, report.Rejected, 0, report.Errors, new(0, 0), null), ct);
            await transaction.CommitAsync(ct);
            return report;
        }

        private static Report Finish(ImportTally tally, string release, SourceError? fatal) =>
            fatal is null
                ? new Report(tally.Imported, tally.Updated, tally.Unchanged, tally.Rejected, release, tally.Errors, null)
                : new Report(0, 0, 0, tally.Rejected, release, tally.Errors, fatal);

        private static bool SameTexts(TaxonomyCode a, TaxonomyCode b) =>
            a.Grouping == b.Grouping && a.Classification == b.Classification && a.Specialization == b.Specialization
            && a.DisplayName == b.DisplayName && a.Section == b.Section;
    }
}
