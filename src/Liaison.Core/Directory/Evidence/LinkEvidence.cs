using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// Proposes links from authors and investigators to HCPs. A pair that already has a link in any state (suggested,
/// confirmed or rejected) is left as it is, so a person's decision is never undone by a re-import.
/// </summary>
public static class LinkEvidence
{
    public sealed record Counts(int HighConfidence, int ForReview)
    {
        public static Counts operator +(Counts a, Counts b) => new(a.HighConfidence + b.HighConfidence, a.ForReview + b.ForReview);
    }

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Counts> AuthorsAsync(IReadOnlyCollection<Guid> authorIds, CancellationToken ct)
        {
            var people = new List<(Guid Id, EvidenceMatcher.Person Person)>();
            foreach (var chunk in authorIds.Chunk(500))
                people.AddRange((await db.PublicationAuthors.AsNoTracking().Where(a => chunk.Contains(a.Id) && !a.IsCollective)
                        .Select(a => new { a.Id, a.LastName, a.ForeName, a.Initials, a.Affiliation }).ToListAsync(ct))
                    .Select(a => (a.Id, new EvidenceMatcher.Person(a.LastName, a.ForeName,
                        a.Initials is { Length: > 1 } i ? i[1..] : null, a.Affiliation is null ? [] : a.Affiliation.Split(" | ")))));
            return await LinkAsync(EvidenceKind.Authorship, people, ct);
        }

        public async Task<Counts> InvestigatorsAsync(IReadOnlyCollection<Guid> investigatorIds, CancellationToken ct)
        {
            var people = new List<(Guid Id, EvidenceMatcher.Person Person)>();
            foreach (var chunk in investigatorIds.Chunk(500))
                people.AddRange((await db.TrialInvestigators.AsNoTracking().Where(i => chunk.Contains(i.Id))
                        .Select(i => new { i.Id, i.Name, i.Affiliation, i.City, i.State, i.Zip }).ToListAsync(ct))
                    .Select(i =>
                    {
                        var name = PersonName.Parse(i.Name);
                        return (i.Id, new EvidenceMatcher.Person(name.Last, name.First, name.Middle,
                            i.Affiliation is null ? [] : [i.Affiliation], i.City, i.State, i.Zip));
                    }));
            return await LinkAsync(EvidenceKind.Investigator, people, ct);
        }

        /// <summary>Every author and investigator without any link yet: after the directory gained HCPs.</summary>
        public async Task<Counts> UnlinkedAsync(CancellationToken ct)
        {
            var authors = await db.PublicationAuthors.Where(a => !a.IsCollective
                && !db.EvidenceLinks.Any(l => l.Kind == EvidenceKind.Authorship && l.SourceId == a.Id)).Select(a => a.Id).ToListAsync(ct);
            var investigators = await db.TrialInvestigators.Where(i =>
                !db.EvidenceLinks.Any(l => l.Kind == EvidenceKind.Investigator && l.SourceId == i.Id)).Select(i => i.Id).ToListAsync(ct);
            return await AuthorsAsync(authors, ct) + await InvestigatorsAsync(investigators, ct);
        }

        private async Task<Counts> LinkAsync(EvidenceKind kind, List<(Guid Id, EvidenceMatcher.Person Person)> people, CancellationToken ct)
        {
            int high = 0, review = 0;
            foreach (var chunk in people.Chunk(1000))
            {
                // Linked in the evidence turn (see ImportTurn): two imports linking the same authors at once both added a link.
                await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
                await ImportTurn.TakeAsync(db, ImportTurn.Evidence, ct);
                var candidates = await MatchCandidates.BySurnameAsync(db, chunk.Select(p => p.Person.LastName), ct);
                var ids = chunk.Select(p => p.Id).ToList();
                var existing = (await db.EvidenceLinks.AsNoTracking().Where(l => l.Kind == kind && ids.Contains(l.SourceId))
                    .Select(l => new { l.SourceId, l.HcpId }).ToListAsync(ct)).Select(l => (l.SourceId, l.HcpId)).ToHashSet();
                foreach (var (id, person) in chunk)
                foreach (var match in EvidenceMatcher.Rank(person, candidates[EvidenceText.Surname(person.LastName)]))
                {
                    if (existing.Contains((id, match.HcpId))) continue;
                    db.EvidenceLinks.Add(new EvidenceLink
                    {
                        Id = Guid.CreateVersion7(), HcpId = match.HcpId, Kind = kind, SourceId = id, Confidence = match.Confidence,
                        Basis = match.Basis.Length > 400 ? match.Basis[..400] : match.Basis, Status = LinkStatus.Suggested, CreatedAt = db.UtcNow,
                    });
                    if (match.Confidence >= EvidenceLink.HighConfidence) high++; else review++;
                }
                await db.SaveChangesAsync(ct);
                if (tx is not null) await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
            }
            return new Counts(high, review);
        }
    }
}
