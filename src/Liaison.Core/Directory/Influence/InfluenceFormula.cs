namespace Liaison.Core.Directory.Influence;

/// <summary>
/// The influence score, documented so every figure on a profile can be re-derived by hand. Five components, each
/// 0–100:
/// <list type="bullet">
/// <item>Publications: P = Σ recency × position over the HCP's counted authorships, recency = 0.5^(age in years / 5)
/// (a five-year half-life), position = 1.5 for the first or last author, else 1; component = 100 × (1 − e^(−P/10)).</item>
/// <item>Co-author network: PageRank (damping 0.85) over the graph whose nodes are HCPs with counted authorships and
/// whose edges join HCPs who published together (weighted by the number of shared papers); component = 100 ×
/// PageRank / the highest PageRank in the graph; 0 for an HCP without linked co-authors.</item>
/// <item>Trials: T = Σ over distinct trials of the HCP's highest role weight — overall principal investigator or study
/// chair 3, study director 2, site principal investigator 2, sub-investigator 1, site contact 0.5; component =
/// 100 × (1 − e^(−T/6)).</item>
/// <item>Congress presentations: K = Σ recency × role over the HCP's recorded presentations and their counted
/// authorships of PubMed "Congress" citations (conference proceedings, which count here and not as publications),
/// recency as for publications, role = keynote 2, oral presentation, session chair or lead author of a congress paper
/// 1.5, panel, poster or other author 1; component = 100 × (1 − e^(−K/4)).</item>
/// <item>Prescribing (only when Part D data exist for the HCP): C = claims in the latest year on file;
/// component = 100 × min(1, log10(1 + C) / 4), so 10,000 claims score 100.</item>
/// </list>
/// Score = Σ weight × component / Σ weights present, weights publications 0.35, network 0.15, trials 0.25,
/// congresses 0.10, prescribing 0.15: without Part D data the other four carry the whole score. Tiers come from the
/// workspace's <see cref="TierThresholds"/>.
/// </summary>
public static class InfluenceFormula
{
    public const double PublicationWeight = 0.35, NetworkWeight = 0.15, TrialWeight = 0.25, CongressWeight = 0.10, PrescribingWeight = 0.15;
    public const double HalfLifeYears = 5, LeadAuthorWeight = 1.5, PublicationScale = 10, TrialScale = 6, CongressScale = 4, ClaimsForFullScore = 10_000;

    public sealed record Authorship(Guid PublicationId, DateOnly PublishedOn, int Position, int AuthorCount);

    public sealed record TrialRoleHeld(Guid TrialId, Evidence.TrialRole Role, bool IsOverallOfficial);

    public static double Recency(DateOnly publishedOn, DateOnly asOf) =>
        Math.Pow(0.5, Math.Max(0, asOf.DayNumber - publishedOn.DayNumber) / 365.25 / HalfLifeYears);

    public static bool IsLeadAuthor(int position, int authorCount) => position == 1 || (authorCount > 1 && position == authorCount);

    public static double WeightedPublications(IEnumerable<Authorship> authorships, DateOnly asOf) =>
        authorships.DistinctBy(a => a.PublicationId)
            .Sum(a => Recency(a.PublishedOn, asOf) * (IsLeadAuthor(a.Position, a.AuthorCount) ? LeadAuthorWeight : 1));

    public static double PublicationComponent(double weighted) => 100 * (1 - Math.Exp(-weighted / PublicationScale));

    public static double RoleWeight(Evidence.TrialRole role, bool overallOfficial) => role switch
    {
        Evidence.TrialRole.PrincipalInvestigator or Evidence.TrialRole.StudyChair when overallOfficial => 3,
        Evidence.TrialRole.StudyChair => 3,
        Evidence.TrialRole.StudyDirector => 2,
        Evidence.TrialRole.PrincipalInvestigator => 2,
        Evidence.TrialRole.SubInvestigator => 1,
        _ => 0.5,
    };

    public static double TrialRoleWeight(IEnumerable<TrialRoleHeld> roles) =>
        roles.GroupBy(r => r.TrialId).Sum(g => g.Max(r => RoleWeight(r.Role, r.IsOverallOfficial)));

    public static double TrialComponent(double roleWeight) => 100 * (1 - Math.Exp(-roleWeight / TrialScale));

    /// <summary>Congress work: a recorded presentation, or an authorship of a congress paper, with its role's weight.</summary>
    public sealed record Presentation(DateOnly PresentedOn, double RoleWeight)
    {
        public Presentation(DateOnly presentedOn, Evidence.CongressRole role) : this(presentedOn, CongressRoleWeight(role)) { }

        public static Presentation Paper(DateOnly publishedOn, int position, int authorCount) =>
            new(publishedOn, IsLeadAuthor(position, authorCount) ? LeadAuthorWeight : 1);
    }

    public static double CongressRoleWeight(Evidence.CongressRole role) => role switch
    {
        Evidence.CongressRole.Keynote => 2,
        Evidence.CongressRole.OralPresentation or Evidence.CongressRole.SessionChair => 1.5,
        _ => 1,
    };

    public static double WeightedPresentations(IEnumerable<Presentation> presentations, DateOnly asOf) =>
        presentations.Sum(p => Recency(p.PresentedOn, asOf) * p.RoleWeight);

    public static double CongressComponent(double weighted) => 100 * (1 - Math.Exp(-weighted / CongressScale));

    public static double PrescribingComponent(long claims) =>
        100 * Math.Min(1, Math.Log10(1 + claims) / Math.Log10(ClaimsForFullScore));

    public static double Score(double publications, double network, double trials, double congresses, double? prescribing)
    {
        var sum = PublicationWeight * publications + NetworkWeight * network + TrialWeight * trials + CongressWeight * congresses;
        var weights = PublicationWeight + NetworkWeight + TrialWeight + CongressWeight;
        if (prescribing is { } rx) { sum += PrescribingWeight * rx; weights += PrescribingWeight; }
        return sum / weights;
    }

    /// <summary>
    /// Weighted PageRank over an undirected co-author graph (each edge counted both ways). Nodes without edges keep
    /// the teleport share only. Deterministic: power iterations until the ranks move less than 1e-12 in total.
    /// </summary>
    public static Dictionary<Guid, double> PageRank(IReadOnlyDictionary<(Guid, Guid), int> edges, double damping = 0.85, int maxIterations = 1000)
    {
        var nodes = edges.Keys.SelectMany(e => new[] { e.Item1, e.Item2 }).Distinct().OrderBy(n => n).ToList();
        if (nodes.Count == 0) return [];
        var neighbours = nodes.ToDictionary(n => n, _ => new List<(Guid To, double W)>());
        foreach (var ((a, b), w) in edges)
        {
            neighbours[a].Add((b, w));
            neighbours[b].Add((a, w));
        }
        var strength = neighbours.ToDictionary(n => n.Key, n => n.Value.Sum(x => x.W));
        var rank = nodes.ToDictionary(n => n, _ => 1.0 / nodes.Count);
        for (var i = 0; i < maxIterations; i++)
        {
            var next = nodes.ToDictionary(n => n, _ => (1 - damping) / nodes.Count);
            foreach (var n in nodes)
            foreach (var (to, w) in neighbours[n])
                next[to] += damping * rank[n] * w / strength[n];
            var moved = nodes.Sum(n => Math.Abs(next[n] - rank[n]));
            rank = next;
            if (moved < 1e-12) break;
        }
        return rank;
    }
}
