namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The engine's per-cluster monthly sums arranged for estimation: the overall ratio of ratios (months summed
/// into the two windows) and the event study (each month against the month before start) both read them.
/// </summary>
public sealed class ClusterMonths
{
    private readonly List<double[]> _events = [];   // per cluster: [arm * months + month]
    private readonly List<double[]> _exposure = [];
    private readonly AnalysisWindows _w;
    private readonly int _months;

    public ClusterMonths(IEnumerable<ClusterCell> cells, AnalysisWindows windows)
    {
        _w = windows;
        _months = windows.Pre + windows.Post;
        var index = new Dictionary<int, int>();
        foreach (var c in cells)
        {
            if (!index.TryGetValue(c.Cluster, out var b))
            {
                index[c.Cluster] = b = _events.Count;
                _events.Add(new double[2 * _months]);
                _exposure.Add(new double[2 * _months]);
            }
            var at = (c.Treated ? 0 : _months) + c.Month + windows.Pre;
            _events[b][at] += c.Events;
            _exposure[b][at] += c.Exposure;
        }
    }

    /// <summary>The overall estimate: after = the post window, before = the pre window.</summary>
    public DidEstimate? Overall() => Estimate(m => m >= 0 ? 0 : 1);

    /// <summary>Month <paramref name="relative"/> against the reference month.</summary>
    public DidEstimate? Month(int relative) =>
        Estimate(m => m == relative ? 0 : m == AnalysisWindows.ReferenceMonth ? 1 : -1);

    /// <param name="period">For a relative month: 0 = after, 1 = before, −1 = not used.</param>
    private DidEstimate? Estimate(Func<int, int> period)
    {
        var events = new List<double[]>(_events.Count);
        var exposure = new List<double[]>(_events.Count);
        for (var b = 0; b < _events.Count; b++)
        {
            var e = new double[RatioOfRatios.Cells];
            var x = new double[RatioOfRatios.Cells];
            for (var arm = 0; arm < 2; arm++)
                for (var m = 0; m < _months; m++)
                {
                    var p = period(m - _w.Pre);
                    if (p < 0) continue;
                    e[arm * 2 + p] += _events[b][arm * _months + m];
                    x[arm * 2 + p] += _exposure[b][arm * _months + m];
                }
            events.Add(e);
            exposure.Add(x);
        }
        return RatioOfRatios.Estimate(events, exposure);
    }
}
