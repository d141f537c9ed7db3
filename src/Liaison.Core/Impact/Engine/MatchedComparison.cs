namespace Liaison.Core.Impact.Engine;

/// <summary>The comparison group chosen for the treated, with each subject's weight.</summary>
public sealed record MatchedSample(IReadOnlyList<SubjectWeight> Weights, int TreatedMatched, int TreatedUnmatched, int ControlsUsed,
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
        Span<double> query = stackalloc double[dims];
        foreach (var stratum in features.Strata())
        {
            var controls = stratum.Controls.ToArray();
            rng.Shuffle(controls); // equally near controls are chosen in a seeded, reproducible order
            var tree = controls.Length > 0 ? new KdTree(features.Z, dims, controls) : null;
            foreach (var t in stratum.Treated)
            {
                features.Z.AsSpan(t * dims, dims).CopyTo(query);
                var found = tree?.Nearest(query, options.Neighbours, max) ?? [];
                if (found.Count == 0) { unmatched++; continue; }
                matched++;
                weight[t] = 1;
                foreach (var (_, c) in found) weight[c] += 1.0 / found.Count;
            }
        }
        unmatched += subjects.Count(s => s.Treated && s.PreExposure <= 0);
        var weights = new List<SubjectWeight>();
        for (var i = 0; i < n; i++)
            if (weight[i] > 0) weights.Add(new SubjectWeight(subjects[i].SubjectId, weight[i], subjects[i].Treated));
        var controlsUsed = weights.Count - matched;
        return new MatchedSample(weights, matched, unmatched, controlsUsed, Balance.Table(features, weight));
    }
}
