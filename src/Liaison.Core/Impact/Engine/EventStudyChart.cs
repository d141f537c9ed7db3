using ScottPlot;

namespace Liaison.Core.Impact.Engine;

/// <summary>The event-study chart: monthly effects (in %) with their 95% intervals, and the start marked.</summary>
public static class EventStudyChart
{
    private static Plot Build(ImpactResult r)
    {
        var plot = new Plot();
        var months = r.EventStudy.Where(m => m.Effect is not null).ToList();
        var xs = months.Select(m => (double)m.RelativeMonth).ToArray();
        var ys = months.Select(m => m.Effect!.Value * 100).ToArray();
        foreach (var m in months)
        {
            var interval = plot.Add.Line(m.RelativeMonth, (m.CiLow ?? m.Effect!.Value) * 100, m.RelativeMonth, (m.CiHigh ?? m.Effect!.Value) * 100);
            interval.Color = Colors.SteelBlue;
            interval.LineWidth = 2;
        }
        var points = plot.Add.ScatterPoints(xs, ys);
        points.Color = Colors.SteelBlue;
        points.MarkerSize = 7;
        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        var start = plot.Add.VerticalLine(-0.5, 1, Colors.DarkOrange);
        // Named by the axis title, not a label on the line: on the month axis a label covered the −1 and 0 ticks, and above
        // the plot it covered the title.
        start.LinePattern = LinePattern.Dashed;
        if (xs.Length > 0)
        {
            // The months measured and no more: the default padding showed a month before the first and after the last.
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsX(xs.Min() - 0.6, xs.Max() + 0.6);
        }
        plot.Title($"Event study ({r.Design}): effect by month vs. {r.EventStudy.FirstOrDefault(m => m.RelativeMonth == -1)?.Month}");
        plot.XLabel("months relative to start (dashed line: the start)");
        plot.YLabel("effect (%) with 95% CI");
        return plot;
    }

    public static void SavePng(ImpactResult r, string path, int width = 900, int height = 480) => Build(r).SavePng(path, width, height);

    public static void SaveSvg(ImpactResult r, string path, int width = 900, int height = 480) => Build(r).SaveSvg(path, width, height);

    /// <summary>The chart for a page: with a viewBox, so CSS can shrink it to a tablet's width.</summary>
    public static string Svg(ImpactResult r, int width = 900, int height = 420)
    {
        var svg = Build(r).GetSvgXml(width, height);
        var size = $"width=\"{width}\" height=\"{height}\"";
        var at = svg.IndexOf(size, StringComparison.Ordinal);
        return at < 0 ? svg : svg.Insert(at, $"viewBox=\"0 0 {width} {height}\" ");
    }
}
