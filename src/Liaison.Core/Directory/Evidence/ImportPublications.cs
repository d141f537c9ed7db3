using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Influence;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// <c>liaison import pubmed FILE</c>: upserts the file's articles by PMID in batches (each batch one transaction:
/// an article is written whole or not at all), links their authors to HCPs, and recomputes influence scores.
/// Re-importing the same file changes nothing but the links a stopped run did not make. A PMID given twice keeps its
/// newest version and, of that version, the file's last record (a PubMed update file gives the newer record later), in
/// a batch and across batches: each citation keeps the file and place it was written from (<see cref="Publication.SourceFile"/>),
/// so an earlier record of the same file meeting it is left alone on every run instead of writing it back.
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
            var deleted = new List<DeletedCitation>();
            SourceError? fatal = null;
            var batch = new List<(PubmedArticleRecord Record, long Position)>();
            long file = 0, position = 0;
            Common.PublishedStream? opened = null;
            try
            {
                // A gzip file (PubMed's baseline and update files are .xml.gz) is looked into here: its stream cannot go back.
                if (Common.PublishedFile.Problem(path) is { } unreadable) throw new SourceFormatException(new(1, "PubmedArticleSet", unreadable));
                await using var stream = opened = Common.PublishedFile.Open(path);
                file = FileFingerprint.Key(path);
                foreach (var parsed in PubmedReader.Read(stream, deleted))
                {
                    // The place among the file's records, not the line: a file written on one line is one line.
                    position++;
                    if (parsed.Error is { } error) { tally.Reject(error); continue; }
                    batch.Add((parsed.Record!, position));
                    if (batch.Count < BatchSize) continue;
                    await SaveAsync(batch, file, tally, ct);
                    progress?.Report(tally.Imported + tally.Updated + tally.Unchanged + tally.Rejected);
                }
            }
            // A damaged gzip file ends its text early: the XML's cut-off is reported as the damage it is.
            catch (SourceFormatException e) { fatal = opened?.Damage is { } damage ? e.Error with { Reason = damage } : e.Error; }
            await SaveAsync(batch, file, tally, ct);
            var withdrawn = await WithdrawAsync(deleted, ct);
            tally.Deleted = withdrawn.Count;
            await influence.Handle(ct);
            var report = tally.Report(fatal);
            await ImportRunLog.RecordAsync(db, "pubmed", path, started, report, withdrawn, ct);
            return report;
        }

        /// <summary>
        /// Removes the citations NLM withdrew, each only at the version withdrawn (a newer version held stands), with their
        /// authors' links to HCPs, in one transaction; answers each removed citation as "PMID.version" for the run's audit entry.
        /// </summary>
        private async Task<List<string>> WithdrawAsync(List<DeletedCitation> deleted, CancellationToken ct)
        {
            if (deleted.Count == 0) return [];
            var withdrawn = deleted.ToHashSet();
            var pmids = withdrawn.Select(d => d.Pmid).Distinct().ToList();
            var held = await db.Publications.Where(p => pmids.Contains(p.Pmid)).Select(p => new { p.Id, p.Pmid, p.Version }).ToListAsync(ct);
            var gone = held.Where(p => withdrawn.Contains(new DeletedCitation(p.Pmid, p.Version))).ToList();
            if (gone.Count == 0) return [];
            var ids = gone.Select(p => p.Id).ToList();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var authors = db.PublicationAuthors.Where(a => ids.Contains(a.PublicationId)).Select(a => a.Id);
            db.EvidenceLinks.RemoveRange(await db.EvidenceLinks.Where(l => l.Kind == EvidenceKind.Authorship && authors.Contains(l.SourceId)).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            await db.Publications.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
            return gone.Select(p => $"{p.Pmid}.{p.Version}").Order(StringComparer.Ordinal).ToList();
        }

        /// <param name="file">The file's key (<see cref="Publication.SourceFile"/>).</param>
        private async Task SaveAsync(List<(PubmedArticleRecord Record, long Position)> batch, long file, ImportTally tally, CancellationToken ct)
        {
            if (batch.Count == 0) return;
            // A PMID repeated within the batch: the record that stands; the others count as unchanged.
            var records = batch.GroupBy(b => b.Record.Pmid).Select(g => g.MaxBy(b => (b.Record.Version, b.Position))).ToList();
            tally.Unchanged += batch.Count - records.Count;
            batch.Clear();
            var pmids = records.Select(r => r.Record.Pmid).ToList();
            // The batch's turn taken before it reads: another PubMed import running meanwhile commits first, so a PMID both
            // give is read here as held (both added it, the later failing on the unique key).
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ImportTurn.TakeAsync(db, ImportTurn.Evidence, ct);
            var existing = await db.Publications.Include(p => p.Authors).Where(p => pmids.Contains(p.Pmid)).ToDictionaryAsync(p => p.Pmid, ct);
            var toLink = new List<Guid>();
            var removed = new List<Guid>();
            foreach (var (r, position) in records)
            {
                var hash = ContentHash.Of(r);
                if (!existing.TryGetValue(r.Pmid, out var p))
                {
                    p = new Publication { Id = Guid.CreateVersion7(), Pmid = r.Pmid, CreatedAt = db.UtcNow };
                    db.Publications.Add(p);
                    tally.Imported++;
                }
                // A newer version, or this version from a later record of this file (an earlier batch or run wrote it).
                else if (p.Version > r.Version || p.Version == r.Version && p.SourceFile == file && p.SourcePosition > position)
                {
                    tally.Unchanged++;
                    continue;
                }
                else if (p.ContentHash == hash && p.Version == r.Version)
                {
                    // Linked again (a pair already linked, confirmed or rejected is left alone): a run stopped between saving
                    // and linking left this article saved but unlinked.
                    tally.Unchanged++;
                    toLink.AddRange(p.Authors.Select(a => a.Id));
                    continue;
                }
                else tally.Updated++;
                (p.Title, p.Journal, p.Year, p.PublishedOn, p.Doi, p.AuthorCount, p.IsCongress, p.ContentHash, p.UpdatedAt) =
                    (r.Title, r.Journal, r.Year, r.PublishedOn, r.Doi, r.Authors.Count, r.IsCongress, hash, db.UtcNow);
                (p.Version, p.SourceFile, p.SourcePosition) = (r.Version, file, position);
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
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            tally.Links += await linker.AuthorsAsync(toLink, ct);
        }
    }
}
