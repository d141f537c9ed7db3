using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Influence;

namespace Liaison.Tests.Directory;

public sealed class InfluenceFormulaTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 2);

    [Fact]
    public void Recency_halves_every_five_years() =>
        Assert.Equal(0.5, InfluenceFormula.Recency(AsOf.AddDays(-(int)Math.Round(5 * 365.25)), AsOf), 3);

    [Fact]
    public void First_and_last_authorships_weigh_one_and_a_half()
    {
        var today = AsOf;
        var p = Guid.NewGuid();
        Assert.Equal(1.5, InfluenceFormula.WeightedPublications([new(p, today, 1, 5)], today), 6);
        Assert.Equal(1.5, InfluenceFormula.WeightedPublications([new(p, today, 5, 5)], today), 6);
        Assert.Equal(1.0, InfluenceFormula.WeightedPublications([new(p, today, 3, 5)], today), 6);
        Assert.Equal(1.5, InfluenceFormula.WeightedPublications([new(p, today, 1, 1)], today), 6);
    }

    [Fact]
    public void The_same_paper_counts_once()
    {
        var p = Guid.NewGuid();
        Assert.Equal(1.5, InfluenceFormula.WeightedPublications([new(p, AsOf, 1, 5), new(p, AsOf, 2, 5)], AsOf), 6);
    }

    [Fact]
    public void Trial_roles_take_the_highest_per_trial_and_lead_roles_weigh_most()
    {
        var t1 = Guid.NewGuid();
        var t2 = Guid.NewGuid();
        var weight = InfluenceFormula.TrialRoleWeight([
            new(t1, TrialRole.PrincipalInvestigator, true), new(t1, TrialRole.PrincipalInvestigator, false),
            new(t2, TrialRole.SubInvestigator, false)]);
        Assert.Equal(3 + 1, weight);
    }

    [Fact]
    public void PageRank_on_a_star_ranks_the_hub_highest_and_leaves_symmetric_leaves_equal()
    {
        var hub = Guid.NewGuid();
        var leaves = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        var edges = leaves.ToDictionary(l => hub.CompareTo(l) < 0 ? (hub, l) : (l, hub), _ => 1);
        var rank = InfluenceFormula.PageRank(edges);
        Assert.All(leaves, l => Assert.True(rank[hub] > rank[l]));
        Assert.Equal(rank[leaves[0]], rank[leaves[1]], 9);
        Assert.Equal(1.0, rank.Values.Sum(), 6);
    }

    [Fact]
    public void PageRank_on_a_path_of_three_matches_the_closed_form()
    {
        // a – b – c: rb = (1-d)/3 + d(ra + rc) and ra = rc = (1-d)/3 + d rb / 2.
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var rank = InfluenceFormula.PageRank(new Dictionary<(Guid, Guid), int> { [(a, b)] = 1, [(b, c)] = 1 });
        const double d = 0.85;
        var ra = (1 - d) / 3 * (1 + d / 2) / (1 - d * d);
        var rb = (1 - d) / 3 + 2 * d * ra;
        Assert.Equal(ra, rank[a], 6);
        Assert.Equal(rb, rank[b], 6);
    }

    [Fact]
    public void Without_Part_D_the_other_components_carry_the_whole_score()
    {
        Assert.Equal(100, InfluenceFormula.Score(100, 100, 100, 100, null), 9);
        Assert.Equal(100, InfluenceFormula.Score(100, 100, 100, 100, 100), 9);
        Assert.Equal(85, InfluenceFormula.Score(100, 100, 100, 100, 0), 9);
        Assert.Equal(35 / 0.85, InfluenceFormula.Score(100, 0, 0, 0, null), 9);
        Assert.Equal(10 / 0.85, InfluenceFormula.Score(0, 0, 0, 100, null), 9);
    }

    [Fact]
    public void Congress_presentations_weigh_by_role_and_fade_with_the_years()
    {
        Assert.Equal(2, InfluenceFormula.WeightedPresentations([new(AsOf, CongressRole.Keynote)], AsOf), 6);
        Assert.Equal(1.5, InfluenceFormula.WeightedPresentations([new(AsOf, CongressRole.OralPresentation)], AsOf), 6);
        Assert.Equal(1.5, InfluenceFormula.WeightedPresentations([new(AsOf, CongressRole.SessionChair)], AsOf), 6);
        Assert.Equal(1, InfluenceFormula.WeightedPresentations([new(AsOf, CongressRole.Poster)], AsOf), 6);
        Assert.Equal(1, InfluenceFormula.WeightedPresentations([new(AsOf, CongressRole.Panel)], AsOf), 6);
        var tenYearsAgo = AsOf.AddDays(-(int)Math.Round(10 * 365.25));
        Assert.Equal(0.5, InfluenceFormula.WeightedPresentations([new(tenYearsAgo, CongressRole.Keynote)], AsOf), 3);
        Assert.Equal(1.5, InfluenceFormula.WeightedPresentations([InfluenceFormula.Presentation.Paper(AsOf, 1, 4)], AsOf), 6);
        Assert.Equal(1.5, InfluenceFormula.WeightedPresentations([InfluenceFormula.Presentation.Paper(AsOf, 4, 4)], AsOf), 6);
        Assert.Equal(1, InfluenceFormula.WeightedPresentations([InfluenceFormula.Presentation.Paper(AsOf, 2, 4)], AsOf), 6);
        Assert.Equal(0, InfluenceFormula.CongressComponent(0), 9);
        Assert.Equal(100 * (1 - Math.Exp(-1)), InfluenceFormula.CongressComponent(4), 9);
        Assert.True(InfluenceFormula.CongressComponent(40) > 99.99);
    }

    [Fact]
    public void Prescribing_scores_log_volume_with_10000_claims_full()
    {
        Assert.Equal(100, InfluenceFormula.PrescribingComponent(10_000), 3);
        Assert.Equal(100, InfluenceFormula.PrescribingComponent(1_000_000), 3);
        Assert.Equal(50, InfluenceFormula.PrescribingComponent(99), 3);
    }

    [Theory]
    [InlineData(60, "T1")]
    [InlineData(59.99, "T2")]
    [InlineData(40, "T2")]
    [InlineData(20, "T3")]
    [InlineData(19.9, "T4")]
    [InlineData(0, "T4")]
    public void Default_thresholds_tier_scores(double score, string tier) => Assert.Equal(tier, TierThresholds.Default.TierOf(score));

    [Fact]
    public void Changed_thresholds_change_tiers() => Assert.Equal("T1", new TierThresholds(50, 30, 10, 1).TierOf(55));
}
