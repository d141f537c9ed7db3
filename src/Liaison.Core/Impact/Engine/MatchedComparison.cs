namespace Liaison.Core.Impact.Engine;

/// <summary>The comparison group chosen for the treated: each subject's weight (in the order of the subjects matched; 0 = not
/// in the comparison).</summary>
public sealed record MatchedSample(double[] Weights, int TreatedMatched, int TreatedUnmatched, int ControlsUsed,
    IReadOnlyList<BalanceRow> Balance);

/// <summary>
/// Matching for the <c>matched-did</c> design: exact on categorical covariates, then the k nearest controls (with
/// replacement) on standardised numeric covariates and the pre-period rate, within a caliper. Each control's
/// weight is the sum over the treated it serves of 1/(that treated subject's number of matches), so a control
/// reused across matches is one subject with a larger weight — which is how the variance sees it.
/// </summary>
public static class MatchedComparison
{
    public static MatchedSample Match(IReadOnlyList<SubjectSummary> subjects, CovariateTable covariates, ImpactOptions options)
    {
        var features = MatchingFeatures.Build(subjects, covariates);
        var n = subjects.Count;
        var weight = new double[n];
        var matched = 0;
        var unmatched = 0;
        var rng = new Random(options.Seed);
        var dims = features.Dimensions;
        var max = options.Caliper * options.Caliper * dims;
        var z = features.Z;
        var distances = new double[options.Neighbours];
        var found = new int[options.Neighbours];
        foreach (var stratum in features.Strata())
        {
            var controls = stratum.Controls.ToArray();
            rng.Shuffle(controls); // equally near controls are chosen in a seeded, reproducible order
            var tree = controls.Length > 0 ? new KdTree(z, dims, controls) : null;
            foreach (var t in stratum.Treated)
            {
                var count = tree?.Nearest(z.AsSpan(t * dims, dims), distances, found, max) ?? 0;
                if (count == 0) { unmatched++; continue; }
                matched++;
                weight[t] = 1;
                for (var i = 0; i < count; i++) weight[found[i]] += 1.0 / count;
            }
        }
        unmatched += subjects.Count(s => s.Treated && s.PreExposure <= 0);
        var controlsUsed = weight.Count(x => x > 0) - matched;
        return new MatchedSample(weight, matched, unmatched, controlsUsed, Balance.Table(features, weight));
    }
}
