namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Runs an analysis: checks the inputs in the engine's pass over the rows, matches on per-subject summaries
/// (matched design), then estimates the ratio of ratios, its clustered interval and the event study from the
/// per-cluster monthly sums the engine returns.
/// </summary>
/// <remarks>
/// Variance: a cluster-robust sandwich with the matching weights, not a bootstrap. A bootstrap of matched pairs
/// understates the variance when controls are reused (Abadie &amp; Imbens 2008); a bootstrap that re-matches in
/// every replicate would be valid but costs hundreds of matchings of a million subjects. In the sandwich each
/// control enters once, with its total weight, so a control serving K treated subjects contributes K² times its
/// squared residual — the reuse term of Abadie &amp; Imbens' matching variance. The interval is conditional on
/// the matched sample (it does not add the noise of the matching itself); the seed fixes how ties are broken.
/// </remarks>
public static class ImpactEngine
{
    public static Task<ImpactResult> AnalyzeAsync(OutcomePanel panel, IReadOnlyList<Exposure> exposures,
        CovariateTable covariates, ImpactOptions o, (string Exposures, string? Covariates) sourceNames, CancellationToken ct,
        IProgress<string>? progress = null) =>
        AnalyzeAsync(panel, exposures, Task.FromResult(covariates), o, sourceNames, ct, progress);

    /// <param name="covariates">Still being read while the outcomes are summarised; its problems come first.</param>
    public static async Task<ImpactResult> AnalyzeAsync(OutcomePanel panel, IReadOnlyList<Exposure> exposures,
        Task<CovariateTable> covariates, ImpactOptions o, (string Exposures, string? Covariates) sourceNames, CancellationToken ct,
        IProgress<string>? progress = null)
    {
        var w = o.Windows;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Step(string what) => progress?.Report($"{clock.Elapsed.TotalSeconds,6:F2} s  {Environment.WorkingSet / 1048576,5} MB  {what}");
        // Whatever stops the analysis first, a failure of the covariates' reading is observed, not left behind.
        _ = covariates.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        await panel.LoadTreatedAsync(exposures, ct);
        Step("treated subjects loaded");
        var counts = await panel.SummariseAsync(w, ct);
        Step($"outcomes summarised: {counts.Rows:N0} rows, {counts.Treated:N0} treated, {counts.Controls:N0} others");
        var table = await covariates;
        Step($"{table.Count:N0} covariate rows read");
        var problems = new List<InputProblem>();
        if (counts.HasProblems)
        {
            problems.AddRange(await panel.LocateProblemsAsync(counts, w, ct));
            var unknown = counts.UnknownExposed.ToHashSet(StringComparer.Ordinal);
            problems.AddRange(exposures.Where(e => unknown.Contains(e.SubjectId)).Select(e =>
                new InputProblem(sourceNames.Exposures, e.Line, $"subject '{e.SubjectId}' has no rows in {panel.SourceName}")));
        }
        if (problems.Count > 0) throw new ImpactInputException(problems);
        if (counts.Treated == 0) throw new ImpactInputException($"No treated subject has outcome rows between {w.PreFrom} and {w.PostTo}.");
        if (counts.Controls == 0) throw new ImpactInputException($"No untreated subject has outcome rows between {w.PreFrom} and {w.PostTo}: there is nothing to compare with.");

        var subjects = await panel.SubjectsAsync(ct);
        Step($"{subjects.Count:N0} subject summaries read");
        MatchedSample? sample = null;
        IReadOnlyList<BalanceRow> balance;
        if (o.Design == ImpactDesign.MatchedDid)
        {
            sample = MatchedComparison.Match(subjects, table, o);
            if (sample.TreatedMatched == 0)
                throw new ImpactInputException("No treated subject found a comparison subject within the caliper; widen it or use --design did.");
            balance = sample.Balance;
            Step($"matched {sample.TreatedMatched:N0} treated to {sample.ControlsUsed:N0} controls");
        }
        else balance = Balance.Table(MatchingFeatures.Build(subjects, table), Enumerable.Repeat(1.0, subjects.Count).ToArray());

        Step("balance computed");
        var cells = new ClusterMonths(await panel.CellsAsync(sample?.Weights, w, ct), w);
        Step("monthly sums per cluster read");
        var estimate = cells.Overall()
            ?? throw new ImpactInputException("A cell of the comparison (treated or comparison, before or after) has no events: no ratio can be formed.");
        var nTreated = sample?.TreatedMatched ?? counts.Treated;
        var nControl = sample?.ControlsUsed ?? counts.Controls;
        var preTrend = EventStudy.PreTrendPValue(cells, w);
        var eventStudy = EventStudy.Months(cells, w);
        Step("estimated");
        return new ImpactResult
        {
            Design = o.Design.Name(),
            Effect = estimate.Effect,
            CiLow = estimate.CiLow,
            CiHigh = estimate.CiHigh,
            NaiveEffect = Naive(subjects),
            NTreated = nTreated,
            NControl = nControl,
            NTreatedUnmatched = sample?.TreatedUnmatched ?? 0,
            Outcome = o.Outcome.Name(),
            Windows = WindowsView.Of(w),
            Rates = new RatesView(estimate.TreatedBefore, estimate.TreatedAfter, estimate.ControlBefore, estimate.ControlAfter),
            Balance = balance.Select(BalanceView.Of).ToList(),
            EventStudy = eventStudy,
            Caveats = Caveats.For(o, sample, balance, preTrend, nTreated, nControl, exposures, estimate),
            Method = new MethodView(
                o.Design == ImpactDesign.Did
                    ? "ratio of ratios (T_post/T_pre)/(C_post/C_pre) − 1; every unexposed subject is a control"
                    : "ratio of ratios on the matched sample (treated weight 1, each control the sum of 1/k over the treated it serves) − 1",
                "cluster-robust sandwich by subject with the matching weights (subjects hashed into clusters), t on G−1 df",
                estimate.Clusters, o.Design == ImpactDesign.Did ? null : o.Neighbours, o.Design == ImpactDesign.Did ? null : o.Caliper, o.Seed, 0.95),
            Sources = new SourcesView(sourceNames.Exposures, panel.SourceName, sourceNames.Covariates, counts.Rows),
        };
    }

    /// <summary>The treated group's own before/after change: what a naive reading reports.</summary>
    private static double Naive(IReadOnlyList<SubjectSummary> subjects)
    {
        double pe = 0, px = 0, qe = 0, qx = 0;
        foreach (var s in subjects.Where(s => s.Treated)) { pe += s.PreEvents; px += s.PreExposure; qe += s.PostEvents; qx += s.PostExposure; }
        return px > 0 && qx > 0 && pe > 0 ? qe / qx / (pe / px) - 1 : double.NaN;
    }
}
