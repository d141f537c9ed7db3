using System.Globalization;

namespace Liaison.Core.Impact.Engine;

/// <summary>Plain-language warnings computed from the data, shown beside every estimate.</summary>
internal static class Caveats
{
    public const double PoorBalance = 0.1;
    public const int FewClusters = 30;

    public static List<string> For(ImpactOptions o, MatchedSample? sample, IReadOnlyList<BalanceRow> balance, double? preTrendP,
        int nTreated, int nControl, IReadOnlyList<Exposure> exposures, DidEstimate estimate)
    {
        var list = new List<string>();
        var ci = CultureInfo.InvariantCulture;
        var after = o.Design == ImpactDesign.Did ? "(no matching)" : "after matching";
        var poor = balance.Where(b => double.IsFinite(b.SmdAfter) && Math.Abs(b.SmdAfter) > PoorBalance)
            .OrderByDescending(b => Math.Abs(b.SmdAfter)).ToList();
        if (poor.Count > 0)
            list.Add(string.Create(ci, $"Poor balance {after}: {string.Join(", ", poor.Take(4).Select(b => $"{b.Covariate}{(b.Level is null ? "" : $" = {b.Level}")} (SMD {b.SmdAfter:F2})"))}. Treated and comparison subjects differ on these, which may bias the estimate."));
        if (preTrendP is < 0.05)
            list.Add(string.Create(ci, $"Pre-trend: the monthly effects before start follow a trend (p = {preTrendP:F3}). Parallel trends are doubtful; read the event study before the estimate."));
        if (nTreated < FewClusters || nControl < FewClusters)
            list.Add($"Few subjects: {nTreated} treated and {nControl} comparison subjects. Intervals clustered on so few subjects are unreliable and usually too narrow.");
        if (sample is { TreatedUnmatched: > 0 })
        {
            var share = (double)sample.TreatedUnmatched / (sample.TreatedUnmatched + sample.TreatedMatched);
            list.Add(string.Create(ci, $"{sample.TreatedUnmatched} treated subjects ({share:P0}) had no comparison subject within the caliper (or no pre-period data) and are left out: the estimate describes the matched treated."));
        }
        var early = exposures.Count(e => e.ExposedOn.Year * 12 + e.ExposedOn.Month - 1 < o.Windows.StartMonth);
        var late = exposures.Count(e => e.ExposedOn.Year * 12 + e.ExposedOn.Month - 1 > o.Windows.LastMonth);
        if (early > 0) list.Add($"{early} treated subjects were first exposed before the start month: their pre-period already includes exposure, which dilutes the estimate.");
        if (late > 0) list.Add($"{late} treated subjects were first exposed after the post window: they count as treated without having been exposed in it.");
        if (o.Outcome == OutcomeKind.AdverseEventReports)
            list.Add(estimate.Effect < 0
                ? "The outcome counts adverse-event reports: a fall in reports may be a fall in reporting, not in harm. Check reporting channels and their volumes before reading this as safer use."
                : "The outcome counts adverse-event reports: a rise may reflect better reporting (education raises awareness of how to report), not more harm.");
        return list;
    }
}
