using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Influence;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Prescribing;

/// <summary>
/// <c>liaison import partd FILE [--year Y]</c>: streams a Part D Prescribers by Provider and Drug file and upserts one
/// record per NPI × drug × year in batches (each batch one transaction), then points the rows at HCPs by NPI and
/// recomputes influence. Rows of erased NPIs are skipped. Re-running the same file changes nothing; an interrupted run is finished by re-running it.
/// A prescriber, drug and year given twice keeps the file's first row, in a batch and across batches: each record keeps
/// the file and line it came from (<see cref="PrescribingRecord.SourceFile"/>), so a later row is reported naming that line
/// on every run, with no per-run memory of the file's keys (a national year has tens of millions).
/// </summary>
public static class ImportPartD
{
    private const int BatchSize = 2000;

    public sealed class Handler(LiaisonDbContext db, RecomputeInfluence.Handler influence)
    {
        public async Task<EvidenceImportReport> Handle(string path, int? year, IProgress<long>? progress, CancellationToken ct)
        {
            var started = db.UtcNow;
            var tally = new ImportTally();
            SourceError? fatal = null;
            var batch = new List<(PartDRow Row, long Line)>();
            long file = 0;
            var erased = await ErasedNpiFilter.LoadAsync(db, ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                if (Common.TextInput.Problem(path) is { } unreadable) throw new SourceFormatException(new(1, "(file)", unreadable));
                file = FileFingerprint.Key(path);
                using var stream = Common.PublishedFile.Open(path);
                using var text = Common.TextInput.Reader(stream);
                long line = 1;
                foreach (var parsed in PartDReader.Read(text, year ?? PartDReader.YearFromFileName(path)))
                {
                    line = parsed.Line;
                    if (parsed.Error is { } error) { tally.Reject(error); continue; }
                    // An erased person's prescribing is not brought back by the next CMS release.
                    if (erased.IsErased(parsed.Record!.Npi)) { tally.Unchanged++; continue; }
                    batch.Add((parsed.Record!, parsed.Line));
                    if (batch.Count < BatchSize) continue;
                    await SaveAsync(batch, file, tally, ct);
                    progress?.Report(tally.Imported + tally.Updated + tally.Unchanged + tally.Rejected);
                }
                // A damaged gzip file ends its text like a cut-off file: the rows before stand, and the damage is named.
                if (stream.Damage is { } damage) fatal = new(line, "(file)", damage);
            }
            catch (SourceFormatException e) { fatal = e.Error; }
            finally { db.ChangeTracker.AutoDetectChangesEnabled = true; }
            await SaveAsync(batch, file, tally, ct);
            await influence.Handle(ct);
            var report = tally.Report(fatal);
            await ImportRunLog.RecordAsync(db, "partd", path, started, report, ct);
            return report;
        }

        /// <param name="file">The file's key (<see cref="PrescribingRecord.SourceFile"/>).</param>
        private async Task SaveAsync(List<(PartDRow Row, long Line)> batch, long file, ImportTally tally, CancellationToken ct)
        {
            if (batch.Count == 0) return;
            var rows = new Dictionary<(string, int, string, string), (PartDRow Row, long Line)>();
            foreach (var (row, line) in batch)
            {
                var key = Key(row);
                if (rows.TryGetValue(key, out var first)) tally.Reject(Repeat(line, first.Line));
                else rows[key] = (row, line);
            }
            batch.Clear();
            // One transaction per batch, its turn taken before it reads: another Part D import running meanwhile commits its
            // batch first, so a record both give is read here as existing (both inserted it, the later failing on the unique key).
            // The batch's new rows (bulk) and its changed and claimed rows (tracked) land together or not at all.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ImportTurn.TakeAsync(db, ImportTurn.PartD, ct);
            var npis = rows.Keys.Select(k => k.Item1).Distinct().ToList();
            var years = rows.Keys.Select(k => k.Item2).Distinct().ToList();
            // Read only what deciding needs; the (rare) changed rows are loaded for update afterwards.
            var existing = await db.PrescribingRecords.AsNoTracking().Where(r => npis.Contains(r.Npi) && years.Contains(r.Year))
                .Select(r => new { r.Id, r.Npi, r.Year, r.BrandKey, r.GenericKey, r.ContentHash, r.HcpId, r.SourceFile, r.SourceLine })
                .ToDictionaryAsync(r => (r.Npi, r.Year, r.BrandKey, r.GenericKey), ct);
            var hcps = await db.Hcps.AsNoTracking().Where(h => h.Npi != null && npis.Contains(h.Npi))
                .Select(h => new { Npi = h.Npi!, h.Id }).ToDictionaryAsync(h => h.Npi, h => h.Id, ct);
            var inserts = new List<PrescribingRecord>();
            var changed = new Dictionary<Guid, (PartDRow Row, long Line, long Hash, Guid? HcpId)>();
            var claimed = new Dictionary<Guid, long>();
            foreach (var (key, (row, line)) in rows)
            {
                var hash = ContentHash.Of(row);
                if (existing.TryGetValue(key, out var known))
                {
                    // An earlier row of this file took the record (in an earlier batch, or run): that first row stands.
                    if (known.SourceFile == file && known.SourceLine < line) { tally.Reject(Repeat(line, known.SourceLine.Value)); continue; }
                    if (known.ContentHash == hash)
                    {
                        tally.Unchanged++;
                        // The first row of this file for the record, matching it: it claims the record, so repeats after it are seen.
                        if (known.SourceFile != file || known.SourceLine != line) claimed[known.Id] = line;
                        continue;
                    }
                    tally.Updated++;
                    changed[known.Id] = (row, line, hash, hcps.TryGetValue(row.Npi, out var h) ? h : known.HcpId);
                    continue;
                }
                var record = new PrescribingRecord { Id = Guid.CreateVersion7() };
                Apply(record, row, hash, hcps.TryGetValue(row.Npi, out var hcp) ? hcp : null, file, line);
                inserts.Add(record);
                tally.Imported++;
            }
            var ids = changed.Keys.Concat(claimed.Keys).ToList();
            foreach (var record in await db.PrescribingRecords.Where(r => ids.Contains(r.Id)).ToListAsync(ct))
            {
                if (changed.TryGetValue(record.Id, out var change))
                {
                    Apply(record, change.Row, change.Hash, change.HcpId, file, change.Line);
                    db.Entry(record).State = EntityState.Modified;
                    continue;
                }
                (record.SourceFile, record.SourceLine) = (file, claimed[record.Id]);
                db.Entry(record).Property(r => r.SourceFile).IsModified = true;
                db.Entry(record).Property(r => r.SourceLine).IsModified = true;
            }
            await BulkInsert.InsertAsync(db, inserts, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }

        /// <summary>
        /// A row's record: the drug by its names in any case, so a legacy file's upper-case ELIQUIS / APIXABAN and today's
        /// Eliquis / Apixaban of the same prescriber and year are one record (the later file's spelling shown).
        /// </summary>
        private static (string, int, string, string) Key(PartDRow row) =>
            (row.Npi, row.Year, PrescribingRecord.DrugKey(row.BrandName), PrescribingRecord.DrugKey(row.GenericName));

        /// <summary>The rule for a prescriber, drug and year a file gives twice: its first row stands, in a batch and across batches.</summary>
        private static SourceError Repeat(long line, long first) => new(line, "Prscrbr_NPI",
            $"repeats the prescriber, drug and year of line {first}: a file gives each once, so that first row stands and this one is not imported");

        private static void Apply(PrescribingRecord r, PartDRow row, long hash, Guid? hcpId, long file, long line)
        {
            (r.Npi, r.Year, r.BrandName, r.GenericName, r.PrescriberLastName, r.PrescriberFirstName, r.City, r.State, r.PrescriberType)
                = (row.Npi, row.Year, row.BrandName, row.GenericName, row.LastName, row.FirstName, row.City, row.State, row.PrescriberType);
            (r.TotalClaims, r.Total30DayFills, r.TotalDaySupply, r.TotalDrugCost, r.TotalBeneficiaries) =
                (row.TotalClaims, row.Total30DayFills, row.TotalDaySupply, row.TotalDrugCost, row.TotalBeneficiaries);
            (r.Ge65SuppressionFlag, r.Ge65TotalClaims, r.Ge65Total30DayFills, r.Ge65TotalDrugCost, r.Ge65TotalDaySupply) =
                (row.Ge65SuppressionFlag, row.Ge65TotalClaims, row.Ge65Total30DayFills, row.Ge65TotalDrugCost, row.Ge65TotalDaySupply);
            (r.Ge65BeneficiarySuppressionFlag, r.Ge65TotalBeneficiaries, r.HcpId, r.ContentHash, r.SourceFile, r.SourceLine) =
                (row.Ge65BeneficiarySuppressionFlag, row.Ge65TotalBeneficiaries, hcpId, hash, file, line);
        }
    }
}
