using Liaison.Core.Impact.Engine;
using Liaison.Core.Impact.Simulation;

namespace Liaison.Tests.Impact;

public sealed class DidAgreementTests
{
    private static readonly PanelSpec Spec = new()
        { Subjects = 500, StartMonth = 2025 * 12, Pre = 6, Post = 6, Effect = 0.3, Exposure = (1, 4), TargetOn = TargetingBasis.TrueRate };

    [Fact]
    public async Task Did_effect_is_the_ratio_of_ratios_computed_by_hand()
    {
        using var files = ImpactFiles.Simulated(Spec, 7);
        var treated = files.Treated();
        var sums = files.Rows().GroupBy(r => (treated.Contains(r.Subject), r.Month >= Spec.StartMonth))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Events) / g.Sum(r => r.Exposure));
        var byHand = sums[(true, true)] / sums[(true, false)] / (sums[(false, true)] / sums[(false, false)]) - 1;
        var naive = sums[(true, true)] / sums[(true, false)] - 1;

        var result = await files.Analyze(Spec, ImpactDesign.Did);

        Assert.Equal(byHand, result.Effect, 1e-10);
        Assert.Equal(naive, result.NaiveEffect, 1e-10);
        Assert.Equal(treated.Count, result.NTreated);
        Assert.Equal(Spec.Subjects - treated.Count, result.NControl);
        Assert.InRange(byHand, result.CiLow, result.CiHigh);
    }

    [Fact]
    public async Task Did_effect_equals_exp_beta_of_the_interaction_in_a_poisson_fit()
    {
        using var files = ImpactFiles.Simulated(Spec, 11);
        var treated = files.Treated();
        var rows = files.Rows().ToList();
        var x = rows.Select(r =>
        {
            double t = treated.Contains(r.Subject) ? 1 : 0, p = r.Month >= Spec.StartMonth ? 1 : 0;
            return new[] { 1, t, p, t * p };
        }).ToList();
        var beta = PoissonGlm.Fit(x, rows.Select(r => r.Events).ToList(), rows.Select(r => r.Exposure).ToList());

        var result = await files.Analyze(Spec, ImpactDesign.Did);

        Assert.Equal(Math.Exp(beta[3]) - 1, result.Effect, 1e-8);
    }

    [Fact]
    public async Task Event_study_reference_month_is_zero_and_every_month_has_an_interval()
    {
        using var files = ImpactFiles.Simulated(Spec, 3);
        var result = await files.Analyze(Spec, ImpactDesign.Did);
        Assert.Equal(Spec.Pre + Spec.Post, result.EventStudy.Count);
        var reference = Assert.Single(result.EventStudy, m => m.RelativeMonth == -1);
        Assert.Equal(0, reference.Effect);
        Assert.All(result.EventStudy.Where(m => m.RelativeMonth != -1), m => Assert.True(m.CiLow < m.Effect && m.Effect < m.CiHigh));
    }
}
