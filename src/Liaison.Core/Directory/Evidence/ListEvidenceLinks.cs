using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Evidence;

/// <summary>The link review queue and an HCP's links: what the evidence says, who it might be, how sure, whether it counts.</summary>
public static class ListEvidenceLinks
{
    public sealed record Query(LinkStatus? Status = null, Guid? HcpId = null, bool? Counting = null);

    public sealed record Item(Guid Id, Guid HcpId, string HcpName, string? HcpNpi, EvidenceKind Kind, string Evidence, string Person,
        string? Affiliation, double Confidence, string Basis, LinkStatus Status, bool Counts, string? ReviewedBy, DateTime? ReviewedAt, long Version);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Paged<Item>> Handle(Query query, PageRequest page, CancellationToken ct)
        {
            var q = db.EvidenceLinks.AsNoTracking();
            if (query.Status is { } s) q = q.Where(l => l.Status == s);
            if (query.HcpId is { } h) q = q.Where(l => l.HcpId == h);
            if (query.Counting is { } counting)
                q = counting
                    ? q.Where(l => l.Status == LinkStatus.Confirmed || (l.Status == LinkStatus.Suggested && l.Confidence >= EvidenceLink.HighConfidence))
                    : q.Where(l => l.Status == LinkStatus.Rejected || (l.Status == LinkStatus.Suggested && l.Confidence < EvidenceLink.HighConfidence));
            var links = await q.OrderBy(l => l.Status).ThenByDescending(l => l.Confidence).ThenBy(l => l.Id).ToPageAsync(page, ct);
            return new Paged<Item>(await DescribeAsync(links.Items, ct), links.Total, links.Page, links.PageSize);
        }

        public async Task<Result<Item>> Get(Guid id, CancellationToken ct) =>
            await db.EvidenceLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct) is { } link
                ? (await DescribeAsync([link], ct))[0] : Error.NotFound("The evidence link");

        private async Task<List<Item>> DescribeAsync(IReadOnlyList<EvidenceLink> links, CancellationToken ct)
        {
            var hcpIds = links.Select(l => l.HcpId).Distinct().ToList();
            var hcps = await db.Hcps.AsNoTracking().Where(h => hcpIds.Contains(h.Id))
                .Select(h => new { h.Id, Name = Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi), h.Npi }).ToDictionaryAsync(h => h.Id, ct);
            var authorIds = links.Where(l => l.Kind == EvidenceKind.Authorship).Select(l => l.SourceId).ToList();
            var authors = await db.PublicationAuthors.AsNoTracking().Where(a => authorIds.Contains(a.Id))
                .Join(db.Publications, a => a.PublicationId, p => p.Id, (a, p) => new
                {
                    a.Id, Evidence = "PMID " + p.Pmid + " (" + p.Year + "): " + p.Title, Person = (a.ForeName ?? a.Initials ?? "") + " " + a.LastName,
                    a.Position, p.AuthorCount, a.Affiliation,
                }).ToDictionaryAsync(a => a.Id, ct);
            var investigatorIds = links.Where(l => l.Kind == EvidenceKind.Investigator).Select(l => l.SourceId).ToList();
            var investigators = await db.TrialInvestigators.AsNoTracking().Where(i => investigatorIds.Contains(i.Id))
                .Join(db.ClinicalTrials, i => i.TrialId, t => t.Id, (i, t) => new
                {
                    i.Id, Evidence = t.NctId + ": " + t.Title, i.Name, i.Role, i.IsOverallOfficial, i.Affiliation, i.City, i.State,
                }).ToDictionaryAsync(i => i.Id, ct);
            return links.Select(l =>
            {
                string evidence, person;
                string? affiliation;
                if (l.Kind == EvidenceKind.Authorship && authors.TryGetValue(l.SourceId, out var a))
                    (evidence, person, affiliation) = (a.Evidence, $"{a.Person.Trim()} (author {a.Position} of {a.AuthorCount})", a.Affiliation);
                else if (investigators.TryGetValue(l.SourceId, out var i))
                    (evidence, person, affiliation) = (i.Evidence, $"{i.Name} ({(i.IsOverallOfficial ? "overall " : "site ")}{i.Role})",
                        string.Join(", ", new[] { i.Affiliation, i.City, i.State }.Where(x => !string.IsNullOrEmpty(x))));
                else (evidence, person, affiliation) = ("(evidence no longer on file)", "", null);
                var hcp = hcps.GetValueOrDefault(l.HcpId);
                return new Item(l.Id, l.HcpId, hcp?.Name ?? "", hcp?.Npi, l.Kind, evidence, person, affiliation, l.Confidence, l.Basis,
                    l.Status, l.Counts, l.ReviewedBy, l.ReviewedAt, l.Version);
            }).ToList();
        }
    }
}
