using System.Text.RegularExpressions;
using Liaison.Core.Impact.Engine;
using Liaison.Core.Impact.Simulation;

namespace Liaison.Tests.Impact;

/// <summary>The event-study chart's month axis runs over the months measured, one tick each, nothing covering them.</summary>
public sealed partial class EventStudyChartTests
{
    [Fact]
    public async Task The_month_axis_shows_exactly_the_months_measured()
    {
        var spec = new PanelSpec { Subjects = 300, StartMonth = 2025 * 12, Pre = 6, Post = 6, Effect = 0.3, Exposure = (1, 4), TargetOn = TargetingBasis.TrueRate };
        using var files = ImpactFiles.Simulated(spec, 5);
        var result = await files.Analyze(spec, ImpactDesign.Did);

        var svg = EventStudyChart.Svg(result);

        // The month axis' labels: the numbers written lowest on the chart (the effect axis' stand at its left).
        var labels = Tick().Matches(svg).Select(m => (Y: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            Value: int.Parse(m.Groups[2].Value.Replace('−', '-'), System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var axis = labels.Max(l => l.Y);
        var ticks = labels.Where(l => l.Y == axis).Select(l => l.Value).ToHashSet();
        Assert.Contains(-6, ticks);
        Assert.Contains(5, ticks);
        Assert.DoesNotContain(-7, ticks);
        Assert.DoesNotContain(6, ticks);
        Assert.DoesNotContain(">start<", svg);
    }

    // ScottPlot writes each label's text on a line of its own inside its <text> element.
    [GeneratedRegex(@"translate\([\d.]+ ([\d.]+)\)[^>]*>\s*([−-]?\d{1,3})\s*</text>")]
    private static partial Regex Tick();
}
