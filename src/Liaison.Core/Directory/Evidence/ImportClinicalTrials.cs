using Liaison.Core.Data;
using Liaison.Core.Directory.Influence;
using Microsoft.EntityFrameworkCore;
using static Liaison.Core.Common.TextCut;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// <c>liaison import ctgov FILE</c>: upserts ClinicalTrials.gov v2 studies by NCT number (a number given twice keeps the
/// file's last record of it; each study written whole in one transaction with its people), links officials and site
/// investigators to HCPs, recomputes influence.
/// </summary>
public static class ImportClinicalTrials
{
    public sealed class Handler(LiaisonDbContext db, LinkEvidence.Handler linker, RecomputeInfluence.Handler influence)
    {
        public async Task<EvidenceImportReport> Handle(string path, CancellationToken ct)
        {
            var started = db.UtcNow;
            var tally = new ImportTally();
            // Two passes over the file, each a study at a time (memory stays flat however many studies a file holds): the first
            // finds where each NCT number is given last, the second saves that record of it. The studies before a damage that
            // stops the reading are kept, as the PubMed import keeps its articles.
            var last = new Dictionary<string, int>(StringComparer.Ordinal);
            await ReadAsync(path, (study, i) =>
            {
                if (study.Record is { } r) last[r.NctId] = i;
                return Task.CompletedTask;
            }, ct);
            var toLink = new List<Guid>();
            var fatal = await ReadAsync(path, async (study, i) =>
            {
                if (study.Error is { } error) tally.Reject(error);
                else if (last[study.Record!.NctId] != i) tally.Unchanged++;
                else await SaveAsync(study.Record, tally, toLink, ct);
            }, ct);
            tally.Links = await linker.InvestigatorsAsync(toLink, ct);
            await influence.Handle(ct);
            var report = tally.Report(fatal);
            await ImportRunLog.RecordAsync(db, "ctgov", path, started, report, ct);
            return report;
        }

        /// <summary>Gives each study of the file and its place in turn; the reason the file could not be read further, if any.</summary>
        private static async Task<SourceError?> ReadAsync(string path, Func<Parsed<ClinicalTrialRecord>, int, Task> each, CancellationToken ct)
        {
            try
            {
                if (Common.PublishedFile.Problem(path) is { } unreadable) return new(1, "$", unreadable);
                var i = 0;
                foreach (var study in ClinicalTrialReader.Read(path))
                {
                    ct.ThrowIfCancellationRequested();
                    await each(study, i++);
                }
                return null;
            }
            catch (SourceFormatException e) { return e.Error; }
        }

        private async Task SaveAsync(ClinicalTrialRecord r, ImportTally tally, List<Guid> toLink, CancellationToken ct)
        {
            var hash = ContentHash.Of(r);
            // The study's turn taken before it reads: another import running meanwhile commits first (see ImportTurn).
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ImportTurn.TakeAsync(db, ImportTurn.Evidence, ct);
            var trial = await db.ClinicalTrials.Include(t => t.Investigators).FirstOrDefaultAsync(t => t.NctId == r.NctId, ct);
            if (trial is null)
            {
                trial = new ClinicalTrial { Id = Guid.CreateVersion7(), NctId = r.NctId, CreatedAt = db.UtcNow };
                db.ClinicalTrials.Add(trial);
                tally.Imported++;
            }
            else if (trial.ContentHash == hash)
            {
                // Linked again (a pair already linked, confirmed or rejected is left alone): the links are made after every
                // study is saved, so a run stopped in between left this one saved but unlinked.
                tally.Unchanged++;
                toLink.AddRange(trial.Investigators.Select(i => i.Id));
                await tx.CommitAsync(ct);
                return;
            }
            else tally.Updated++;
            (trial.Title, trial.OverallStatus, trial.Phases, trial.StudyType, trial.LeadSponsor, trial.Conditions, trial.StartedOn,
                trial.CompletedOn, trial.ContentHash, trial.UpdatedAt) = (r.Title, r.OverallStatus, r.Phases, r.StudyType,
                r.LeadSponsor, r.Conditions, r.StartedOn, r.CompletedOn, hash, db.UtcNow);
            var removed = new List<Guid>();
            foreach (var person in r.People)
            {
                var current = EvidenceSlots.Claim(trial.Investigators, db.TrialInvestigators, person.Ordinal, EvidenceText.Fold(person.Name),
                    () => new TrialInvestigator { Id = Guid.CreateVersion7(), TrialId = trial.Id, Ordinal = person.Ordinal }, removed);
                (current.Name, current.LastName, current.FirstName, current.Role, current.IsOverallOfficial, current.Affiliation,
                    current.City, current.State, current.Zip, current.Country) = (person.Name, Cut(person.Parsed.Last, 200),
                    Cut(person.Parsed.First, 100), person.Role, person.IsOverallOfficial,
                    Cut(person.Affiliation, 600), Cut(person.City, 100),
                    Cut(person.State, 100), Cut(person.Zip, 20),
                    Cut(person.Country, 100));
                toLink.Add(current.Id);
            }
            foreach (var gone in trial.Investigators.Where(i => i.Ordinal > r.People.Count).ToList())
            {
                removed.Add(gone.Id);
                db.TrialInvestigators.Remove(gone);
            }
            if (removed.Count > 0)
                db.EvidenceLinks.RemoveRange(await db.EvidenceLinks.Where(l => l.Kind == EvidenceKind.Investigator && removed.Contains(l.SourceId)).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }

    }
}
