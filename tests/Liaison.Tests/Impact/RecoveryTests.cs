using Liaison.Core.Impact.Engine;
using Liaison.Core.Impact.Simulation;
using Xunit.Abstractions;

namespace Liaison.Tests.Impact;

/// <summary>
/// Known effects planted in simulated panels are recovered. Plain <c>did</c> is consistent when targeting follows
/// a lasting trait (the ratio of ratios removes any fixed level); <c>matched-did</c> is needed — and consistent —
/// when targeting followed the observed pre-period behaviour, which regresses to the mean.
/// </summary>
public sealed class RecoveryTests(ITestOutputHelper output)
{
    private static PanelSpec Small(double effect, TargetingBasis basis) => new()
    {
        Subjects = 800, StartMonth = 2024 * 12 + 6, Pre = 12, Post = 6, Effect = effect, BaseRate = 1.0, TrendPerMonth = 0.02,
        Targeting = 1.2, TreatedShare = 0.3, TargetOn = basis,
    };

    [Theory]
    [InlineData(ImpactDesign.Did, TargetingBasis.TrueRate, 0.40, 101)]
    [InlineData(ImpactDesign.Did, TargetingBasis.TrueRate, -0.25, 106)]
    [InlineData(ImpactDesign.MatchedDid, TargetingBasis.ObservedPrePeriod, 0.40, 103)]
    [InlineData(ImpactDesign.MatchedDid, TargetingBasis.ObservedPrePeriod, 0.30, 104)]
    [InlineData(ImpactDesign.MatchedDid, TargetingBasis.ObservedPrePeriod, -0.25, 105)]
    public async Task Planted_effect_lies_in_the_interval_and_the_naive_figure_is_off(ImpactDesign design, TargetingBasis basis,
        double effect, int seed)
    {
        var spec = Small(effect, basis);
        using var files = ImpactFiles.Simulated(spec, seed);
        var r = await files.Analyze(spec, design);
        output.WriteLine($"{design} truth {effect}: {r.Effect:F3} [{r.CiLow:F3}, {r.CiHigh:F3}] naive {r.NaiveEffect:F3}");
        Assert.InRange(effect, r.CiLow, r.CiHigh);
        Assert.False(r.NaiveEffect >= r.CiLow && r.NaiveEffect <= r.CiHigh, "the secular trend should push the naive figure out of the interval");
    }

    [Theory]
    [InlineData(ImpactDesign.Did, TargetingBasis.TrueRate, 0.3)]
    [InlineData(ImpactDesign.MatchedDid, TargetingBasis.ObservedPrePeriod, -0.25)]
    [InlineData(ImpactDesign.Did, TargetingBasis.TrueRate, -0.25)]
    public async Task Intervals_cover_the_truth_about_95_percent_of_the_time(ImpactDesign design, TargetingBasis basis, double effect)
    {
        const int runs = 60;
        var spec = Small(effect, basis) with { Subjects = 500 };
        var covered = 0;
        var estimates = new List<double>();
        for (var seed = 1; seed <= runs; seed++)
        {
            using var files = ImpactFiles.Simulated(spec, 1000 + seed);
            var r = await files.Analyze(spec, design);
            estimates.Add(r.Effect);
            if (r.CiLow <= effect && effect <= r.CiHigh) covered++;
        }
        output.WriteLine($"{design}: covered {covered}/{runs}, mean estimate {estimates.Average():F4}");
        // 95% nominal: with 60 runs, 51 or more covered is within sampling error of 0.95 (binomial 1st percentile ≈ 52).
        Assert.InRange(covered, 51, runs);
    }
}
