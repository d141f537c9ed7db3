using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Influence;

/// <summary>
/// The KOL section of a profile: the influence score with every component and the figures behind it, the
/// publications and trials linked to the HCP (saying which links count and which wait for review), the congress
/// presentations recorded for them and Part D prescribing.
/// </summary>
public static class GetKolProfile
{
    public sealed record Profile(Guid HcpId, Influence? Influence, IReadOnlyList<Publication> Publications, IReadOnlyList<Trial> Trials,
        IReadOnlyList<CongressPresentations.View> CongressPresentations, IReadOnlyList<PrescribingQueries.DrugYear> Prescribing,
        TierThresholds Thresholds);

    public sealed record Influence(double Score, string Tier, DateTime ComputedAt, IReadOnlyList<Component> Components);

    /// <summary>One component: its value 0–100, its weight in the score, and the figures it comes from.</summary>
    public sealed record Component(string Name, double? Value, double Weight, string Explanation);

    /// <param name="IsCongress">A PubMed "Congress" citation (conference proceedings): it counts as congress work.</param>
    public sealed record Publication(Guid LinkId, string Pmid, string Title, string? Journal, DateOnly PublishedOn, int Position,
        int AuthorCount, bool LeadAuthor, double Confidence, LinkStatus Status, bool Counts, long LinkVersion, bool IsCongress);

    public sealed record Trial(Guid LinkId, string NctId, string Title, string OverallStatus, string? Phases, TrialRole Role,
        bool OverallOfficial, double Confidence, LinkStatus Status, bool Counts, long LinkVersion);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<Profile>> Handle(Guid hcpId, CancellationToken ct)
        {
            if (!await db.Hcps.AnyAsync(h => h.Id == hcpId, ct)) return Error.NotFound("The HCP");
            var score = await db.InfluenceScores.AsNoTracking().FirstOrDefaultAsync(s => s.HcpId == hcpId, ct);
            var publications = (await (from l in db.EvidenceLinks where l.HcpId == hcpId && l.Kind == EvidenceKind.Authorship && l.Status != LinkStatus.Rejected
                    join a in db.PublicationAuthors on l.SourceId equals a.Id join p in db.Publications on a.PublicationId equals p.Id
                    orderby p.PublishedOn descending
                    select new { l, p.Pmid, p.Title, p.Journal, p.PublishedOn, a.Position, p.AuthorCount, p.IsCongress }).ToListAsync(ct))
                .Select(x => new Publication(x.l.Id, x.Pmid, x.Title, x.Journal, x.PublishedOn, x.Position, x.AuthorCount,
                    InfluenceFormula.IsLeadAuthor(x.Position, x.AuthorCount), x.l.Confidence, x.l.Status, x.l.Counts, x.l.Version, x.IsCongress)).ToList();
            var trials = (await (from l in db.EvidenceLinks where l.HcpId == hcpId && l.Kind == EvidenceKind.Investigator && l.Status != LinkStatus.Rejected
                    join i in db.TrialInvestigators on l.SourceId equals i.Id join t in db.ClinicalTrials on i.TrialId equals t.Id
                    orderby t.StartedOn descending
                    select new { l, t.NctId, t.Title, t.OverallStatus, t.Phases, i.Role, i.IsOverallOfficial }).ToListAsync(ct))
                .Select(x => new Trial(x.l.Id, x.NctId, x.Title, x.OverallStatus, x.Phases, x.Role, x.IsOverallOfficial, x.l.Confidence,
                    x.l.Status, x.l.Counts, x.l.Version)).ToList();
            var talks = await CongressPresentations.OfHcpAsync(db, hcpId, ct);
            var prescribing = await PrescribingQueries.ByHcpAsync(db, hcpId, null, ct);
            return new Profile(hcpId, score is null ? null : Explain(score), publications, trials, talks, prescribing,
                await TierThresholds.LoadAsync(db, ct));
        }

        private static Influence Explain(InfluenceScore s) => new(s.Score, s.Tier, s.ComputedAt,
        [
            new("Publications", s.PublicationComponent, InfluenceFormula.PublicationWeight,
                $"{s.Publications} counted publications, {s.FirstOrLastAuthorships} as first or last author; recency-weighted total {s.RecencyWeightedPublications:0.##} (5-year half-life, lead authorship ×1.5); 100 × (1 − e^(−P/10))"),
            new("Co-author network", s.NetworkComponent, InfluenceFormula.NetworkWeight,
                $"{s.CoAuthors} linked co-authors; PageRank {s.PageRank:0.######} in the co-author graph, scaled to the best-connected HCP"),
            new("Trial roles", s.TrialComponent, InfluenceFormula.TrialWeight,
                $"{s.Trials} trials, {s.LeadTrialRoles} as overall principal investigator or chair; role weight {s.TrialRoleWeight:0.#} (lead 3, director or site PI 2, sub-investigator 1, contact 0.5); 100 × (1 − e^(−T/6))"),
            new("Congress presentations", s.CongressComponent, InfluenceFormula.CongressWeight,
                $"{s.CongressPresentations} recorded presentations, {s.LeadCongressRoles} as keynote, oral or chair, and {s.CongressPapers} counted congress papers in PubMed; recency-weighted total {s.RecencyWeightedPresentations:0.##} (5-year half-life, keynote ×2, oral, chair or lead author ×1.5); 100 × (1 − e^(−K/4))"),
            new("Prescribing volume", s.PrescribingComponent, InfluenceFormula.PrescribingWeight, s.Claims is null
                ? "No Part D data for this HCP: its weight goes to the other components."
                : $"{s.Claims:N0} Part D claims in {s.ClaimsYear}; 100 × log10(1 + claims) / 4"),
        ]);
    }
}
