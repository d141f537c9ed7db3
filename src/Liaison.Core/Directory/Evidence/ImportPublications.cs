using Liaison.Core.Data;
using Liaison.Core.Directory.Influence;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// <c>liaison import pubmed FILE</c>: upserts the file's articles by PMID in batches (each batch one transaction:
/// an article is written whole or not at all), links their authors to HCPs, and recomputes influence scores.
/// Re-importing the same file changes nothing but the links a stopped run did not make.
/// </summary>
public static class ImportPublications
{
    private const int BatchSize = 200;

    public sealed class Handler(LiaisonDbContext db, LinkEvidence.Handler linker, RecomputeInfluence.Handler influence)
    {
        public async Task<EvidenceImportReport> Handle(string path, IProgress<long>? progress, CancellationToken ct)
        {
            var started = db.UtcNow;
            var tally = new ImportTally();
            var deleted = new List<string>();
            SourceError? fatal = null;
            var batch = new List<PubmedArticleRecord>();
            try
            {
                await using var stream = File.OpenRead(path);
                foreach (var parsed in PubmedReader.Read(stream, deleted))
                {
                    if (parsed.Error is { } error) { tally.Reject(error); continue; }
                    batch.Add(parsed.Record!);
                    if (batch.Count < BatchSize) continue;
                    await SaveAsync(batch, tally, ct);
                    progress?.Report(tally.Imported + tally.Updated + tally.Unchanged + tally.Rejected);
                }
            }
            catch (SourceFormatException e) { fatal = e.Error; }
            await SaveAsync(batch, tally, ct);
            if (deleted.Count > 0)
            {
                // NLM withdrew these citations: their authorship links go with them.
                var authors = db.PublicationAuthors.Where(a => db.Publications.Any(p => p.Id == a.PublicationId && deleted.Contains(p.Pmid))).Select(a => a.Id);
                db.EvidenceLinks.RemoveRange(await db.EvidenceLinks.Where(l => l.Kind == EvidenceKind.Authorship && authors.Contains(l.SourceId)).ToListAsync(ct));
                await db.SaveChangesAsync(ct);
                tally.Deleted = await db.Publications.Where(p => deleted.Contains(p.Pmid)).ExecuteDeleteAsync(ct);
            }
            await influence.Handle(ct);
            var report = tally.Report(fatal);
            await ImportRunLog.RecordAsync(db, "pubmed", path, started, report, ct);
            return report;
        }

        private async Task SaveAsync(List<PubmedArticleRecord> batch, ImportTally tally, CancellationToken ct)
        {
            if (batch.Count == 0) return;
            // A PMID repeated within a file: the last occurrence wins, the earlier ones are the same article.
            var records = batch.GroupBy(r => r.Pmid).Select(g => g.Last()).ToList();
            tally.Unchanged += batch.Count - records.Count;
            batch.Clear();
            var pmids = records.Select(r => r.Pmid).ToList();
            var existing = await db.Publications.Include(p => p.Authors).Where(p => pmids.Contains(p.Pmid)).ToDictionaryAsync(p => p.Pmid, ct);
            var toLink = new List<Guid>();
            var removed = new List<Guid>();
            foreach (var r in records)
            {
                var hash = ContentHash.Of(r);
                if (!existing.TryGetValue(r.Pmid, out var p))
                {
                    p = new Publication { Id = Guid.CreateVersion7(), Pmid = r.Pmid, CreatedAt = db.UtcNow };
                    db.Publications.Add(p);
                    tally.Imported++;
                }
                else if (p.ContentHash == hash)
                {
                    // Linked again (a pair already linked, confirmed or rejected is left alone): a run stopped between saving
                    // and linking left this article saved but unlinked.
                    tally.Unchanged++;
                    toLink.AddRange(p.Authors.Select(a => a.Id));
                    continue;
                }
                else tally.Updated++;
                (p.Title, p.Journal, p.Year, p.PublishedOn, p.Doi, p.AuthorCount, p.ContentHash, p.UpdatedAt) =
                    (r.Title, r.Journal, r.Year, r.PublishedOn, r.Doi, r.Authors.Count, hash, db.UtcNow);
                foreach (var a in r.Authors)
                {
                    var publicationId = p.Id;
                    var current = EvidenceSlots.Claim(p.Authors, db.PublicationAuthors, a.Position, EvidenceText.Surname(a.LastName),
                        () => new PublicationAuthor { Id = Guid.CreateVersion7(), PublicationId = publicationId, Position = a.Position }, removed);
                    (current.LastName, current.ForeName, current.Initials, current.IsCollective, current.Orcid) =
                        (a.LastName, a.ForeName, a.Initials, a.IsCollective, a.Orcid);
                    var affiliation = a.Affiliations.Count > 0 ? string.Join(" | ", a.Affiliations) : null;
                    current.Affiliation = affiliation is { Length: > 4000 } ? affiliation[..4000] : affiliation;
                    toLink.Add(current.Id);
                }
                foreach (var gone in p.Authors.Where(x => x.Position > r.Authors.Count).ToList())
                {
                    removed.Add(gone.Id);
                    db.PublicationAuthors.Remove(gone);
                }
            }
            if (removed.Count > 0)
                db.EvidenceLinks.RemoveRange(await db.EvidenceLinks.Where(l => l.Kind == EvidenceKind.Authorship && removed.Contains(l.SourceId)).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            tally.Links += await linker.AuthorsAsync(toLink, ct);
        }
    }
}
