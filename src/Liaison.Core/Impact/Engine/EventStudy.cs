using MathNet.Numerics.Distributions;

namespace Liaison.Core.Impact.Engine;

/// <summary>Monthly effects relative to the month before start, and a test of the trend before start.</summary>
public static class EventStudy
{
    public static IReadOnlyList<EventStudyMonth> Months(ClusterMonths cells, AnalysisWindows w) =>
        w.RelativeMonths.Select(m =>
        {
            var label = AnalysisWindows.FormatMonth(w.StartMonth + m);
            if (m == AnalysisWindows.ReferenceMonth) return new EventStudyMonth(label, m, 0, 0, 0);
            var e = cells.Month(m);
            return e is null
                ? new EventStudyMonth(label, m, null, null, null)
                : new EventStudyMonth(label, m, e.Effect, e.CiLow, e.CiHigh);
        }).ToList();

    /// <summary>
    /// The p-value of a linear trend in the pre-period log effects (inverse-variance weighted slope). The months
    /// share the reference month, which shifts them all alike: that moves the level, not the slope.
    /// </summary>
    public static double? PreTrendPValue(ClusterMonths cells, AnalysisWindows w)
    {
        var points = Enumerable.Range(-w.Pre, w.Pre - 1).Select(m => (m, e: cells.Month(m)))
            .Where(p => p.e is { StandardError: > 0 }).Select(p => (x: (double)p.m, y: p.e!.LogEffect, wt: 1 / (p.e.StandardError * p.e.StandardError)))
            .ToList();
        if (points.Count < 3) return null;
        var sw = points.Sum(p => p.wt);
        var mx = points.Sum(p => p.wt * p.x) / sw;
        var my = points.Sum(p => p.wt * p.y) / sw;
        var sxx = points.Sum(p => p.wt * (p.x - mx) * (p.x - mx));
        if (sxx <= 0) return null;
        var slope = points.Sum(p => p.wt * (p.x - mx) * (p.y - my)) / sxx;
        var z = slope / Math.Sqrt(1 / sxx);
        return 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)));
    }
}
