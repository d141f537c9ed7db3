using Liaison.Core.Data;
using Liaison.Core.Directory.Influence;
using Microsoft.EntityFrameworkCore;
using static Liaison.Core.Common.TextCut;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// <c>liaison import ctgov FILE</c>: upserts ClinicalTrials.gov v2 studies by NCT number (each study written whole
/// in one transaction with its people), links officials and site investigators to HCPs, recomputes influence.
/// </summary>
public static class ImportClinicalTrials
{
    public sealed class Handler(LiaisonDbContext db, LinkEvidence.Handler linker, RecomputeInfluence.Handler influence)
    {
        public async Task<EvidenceImportReport> Handle(string path, CancellationToken ct)
        {
            var started = db.UtcNow;
            var tally = new ImportTally();
            SourceError? fatal = null;
            List<Parsed<ClinicalTrialRecord>> parsed = [];
            try { parsed = ClinicalTrialReader.Read(await File.ReadAllBytesAsync(path, ct)); }
            catch (SourceFormatException e) { fatal = e.Error; }
            var toLink = new List<Guid>();
            foreach (var group in parsed.Where(p => p.Error is null).GroupBy(p => p.Record!.NctId))
            {
                tally.Unchanged += group.Count() - 1;
                await SaveAsync(group.Last().Record!, tally, toLink, ct);
            }
            foreach (var p in parsed.Where(p => p.Error is not null)) tally.Reject(p.Error!);
            tally.Links = await linker.InvestigatorsAsync(toLink, ct);
            await influence.Handle(ct);
            var report = tally.Report(fatal);
            await ImportRunLog.RecordAsync(db, "ctgov", path, started, report, ct);
            return report;
        }

        private async Task SaveAsync(ClinicalTrialRecord r, ImportTally tally, List<Guid> toLink, CancellationToken ct)
        {
            var hash = ContentHash.Of(r);
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
            db.ChangeTracker.Clear();
        }

    }
}
