using System.Text.Json;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Influence;

/// <summary>
/// Recomputes every influence score from the counted evidence links (confirmed, or suggested with high
/// confidence), the recorded congress presentations and Part D data, by <see cref="InfluenceFormula"/>, and re-tiers by the current thresholds. The
/// table is replaced in one transaction; the run is audited as one entry with the tier counts.
/// </summary>
public static class RecomputeInfluence
{
    public sealed record Summary(int Scored, int T1, int T2, int T3, int T4, TierThresholds Thresholds);

    public sealed class Handler(LiaisonDbContext db, ResolvePrescribers.Handler prescribers)
    {
        public async Task<Summary> Handle(CancellationToken ct)
        {
            await prescribers.Handle(ct);
            var asOf = DateOnly.FromDateTime(db.UtcNow);
            var thresholds = await TierThresholds.LoadAsync(db, ct);
            var authorships = await (
                from l in db.EvidenceLinks
                where l.Kind == EvidenceKind.Authorship
                      && (l.Status == LinkStatus.Confirmed || (l.Status == LinkStatus.Suggested && l.Confidence >= EvidenceLink.HighConfidence))
                join a in db.PublicationAuthors on l.SourceId equals a.Id
                join p in db.Publications on a.PublicationId equals p.Id
                select new { l.HcpId, p.Id, p.PublishedOn, a.Position, p.AuthorCount, p.IsCongress }).ToListAsync(ct);
            var roles = await (
                from l in db.EvidenceLinks
                where l.Kind == EvidenceKind.Investigator
                      && (l.Status == LinkStatus.Confirmed || (l.Status == LinkStatus.Suggested && l.Confidence >= EvidenceLink.HighConfidence))
                join i in db.TrialInvestigators on l.SourceId equals i.Id
                select new { l.HcpId, i.TrialId, i.Role, i.IsOverallOfficial }).ToListAsync(ct);

            var recorded = (await db.CongressPresentations.AsNoTracking().Select(p => new { p.HcpId, p.PresentedOn, p.Role }).ToListAsync(ct))
                .Select(p => (p.HcpId, Talk: new InfluenceFormula.Presentation(p.PresentedOn, p.Role), Paper: false));
            var papers = authorships.Where(a => a.IsCongress).DistinctBy(a => (a.HcpId, a.Id))
                .Select(a => (a.HcpId, Talk: InfluenceFormula.Presentation.Paper(a.PublishedOn, a.Position, a.AuthorCount), Paper: true));
            var presentations = recorded.Concat(papers).GroupBy(p => p.HcpId).ToDictionary(g => g.Key, g => g.ToList());

            var byHcpPubs = authorships.Where(a => !a.IsCongress).GroupBy(a => a.HcpId).ToDictionary(g => g.Key,
                g => g.Select(a => new InfluenceFormula.Authorship(a.Id, a.PublishedOn, a.Position, a.AuthorCount)).DistinctBy(a => a.PublicationId).ToList());
            var byHcpTrials = roles.GroupBy(r => r.HcpId).ToDictionary(g => g.Key,
                g => g.Select(r => new InfluenceFormula.TrialRoleHeld(r.TrialId, r.Role, r.IsOverallOfficial)).ToList());
            var edges = new Dictionary<(Guid, Guid), int>();
            foreach (var paper in authorships.GroupBy(a => a.Id))
            {
                var hcps = paper.Select(a => a.HcpId).Distinct().Order().ToList();
                for (var i = 0; i < hcps.Count; i++)
                for (var j = i + 1; j < hcps.Count; j++)
                    edges[(hcps[i], hcps[j])] = edges.GetValueOrDefault((hcps[i], hcps[j])) + 1;
            }
            var coAuthors = edges.Keys.SelectMany(e => new[] { (e.Item1, e.Item2), (e.Item2, e.Item1) })
                .GroupBy(e => e.Item1).ToDictionary(g => g.Key, g => g.Count());
            var pageRank = InfluenceFormula.PageRank(edges);
            var maxRank = pageRank.Count > 0 ? pageRank.Values.Max() : 0;

            var hcpIds = byHcpPubs.Keys.Union(byHcpTrials.Keys).Union(presentations.Keys).ToList();
            var claims = await PrescribingQueries.LatestYearClaimsAsync(db, hcpIds, ct);
            var scores = new List<InfluenceScore>();
            foreach (var id in hcpIds)
            {
                var pubs = byHcpPubs.GetValueOrDefault(id) ?? [];
                var trials = byHcpTrials.GetValueOrDefault(id) ?? [];
                var weighted = InfluenceFormula.WeightedPublications(pubs, asOf);
                var trialWeight = InfluenceFormula.TrialRoleWeight(trials);
                var rank = pageRank.GetValueOrDefault(id);
                var network = coAuthors.ContainsKey(id) && maxRank > 0 ? 100 * rank / maxRank : 0;
                double? rx = claims.TryGetValue(id, out var c) ? InfluenceFormula.PrescribingComponent(c.Claims) : null;
                var pubComponent = InfluenceFormula.PublicationComponent(weighted);
                var trialComponent = InfluenceFormula.TrialComponent(trialWeight);
                var talks = presentations.GetValueOrDefault(id) ?? [];
                var weightedTalks = InfluenceFormula.WeightedPresentations(talks.Select(t => t.Talk), asOf);
                var congressComponent = InfluenceFormula.CongressComponent(weightedTalks);
                var score = InfluenceFormula.Score(pubComponent, network, trialComponent, congressComponent, rx);
                scores.Add(new InfluenceScore
                {
                    HcpId = id, Score = Math.Round(score, 2), Tier = thresholds.TierOf(Math.Round(score, 2)),
                    PublicationComponent = Math.Round(pubComponent, 2), NetworkComponent = Math.Round(network, 2),
                    TrialComponent = Math.Round(trialComponent, 2), CongressComponent = Math.Round(congressComponent, 2), PrescribingComponent = rx is { } r ? Math.Round(r, 2) : null,
                    Publications = pubs.Count, FirstOrLastAuthorships = pubs.Count(p => InfluenceFormula.IsLeadAuthor(p.Position, p.AuthorCount)),
                    RecencyWeightedPublications = Math.Round(weighted, 3), CoAuthors = coAuthors.GetValueOrDefault(id),
                    PageRank = Math.Round(rank, 6), Trials = trials.Select(t => t.TrialId).Distinct().Count(),
                    LeadTrialRoles = trials.GroupBy(t => t.TrialId).Count(g => g.Max(t => InfluenceFormula.RoleWeight(t.Role, t.IsOverallOfficial)) >= 3),
                    TrialRoleWeight = trialWeight, CongressPresentations = talks.Count(t => !t.Paper), CongressPapers = talks.Count(t => t.Paper),
                    LeadCongressRoles = talks.Count(t => !t.Paper && t.Talk.RoleWeight >= 1.5),
                    RecencyWeightedPresentations = Math.Round(weightedTalks, 3), Claims = claims.TryGetValue(id, out var cl) ? cl.Claims : null,
                    ClaimsYear = claims.TryGetValue(id, out var cy) ? cy.Year : null, ComputedAt = db.UtcNow,
                });
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.InfluenceScores.ExecuteDeleteAsync(ct);
            foreach (var chunk in scores.Chunk(1000))
            {
                db.InfluenceScores.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            var summary = new Summary(scores.Count, scores.Count(s => s.Tier == "T1"), scores.Count(s => s.Tier == "T2"),
                scores.Count(s => s.Tier == "T3"), scores.Count(s => s.Tier == "T4"), thresholds);
            await AuditTrail.RecordAsync(db, [new AuditChange("InfluenceScores", "all", "Recompute", null, JsonSerializer.Serialize(summary))], ct);
            await tx.CommitAsync(ct);
            return summary;
        }
    }
}
