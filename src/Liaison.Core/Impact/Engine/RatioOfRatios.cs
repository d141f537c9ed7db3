using MathNet.Numerics.Distributions;

namespace Liaison.Core.Impact.Engine;

/// <summary>An effect as a relative change with its 95% interval, and the log-scale figures behind it.</summary>
public sealed record DidEstimate(double Effect, double CiLow, double CiHigh, double LogEffect, double StandardError, int Clusters,
    double TreatedAfter, double TreatedBefore, double ControlAfter, double ControlBefore);

/// <summary>
/// The ratio of ratios <c>(T_after/T_before)/(C_after/C_before)</c> of weighted rates, with a cluster-robust
/// sandwich variance. The estimate is exp(β) of the interaction in the Poisson model
/// <c>events ~ treated * after + offset(log exposure)</c> (weighted), which is saturated in the four cells, so its
/// score per cluster is the influence used here: the variance is that model's cluster-robust sandwich, with the
/// small-sample factor G/(G−1) and a t quantile on G−1 degrees of freedom.
/// </summary>
public static class RatioOfRatios
{
    /// <summary>Cell order: treated after, treated before, control after, control before.</summary>
    public const int Cells = 4;

    private static readonly double[] Sign = [1, -1, -1, 1];

    /// <param name="events">Per cluster, the weighted events of the four cells.</param>
    /// <param name="exposure">Per cluster, the weighted exposure of the four cells.</param>
    /// <returns>Null when a cell has no events or no exposure: no ratio can be formed.</returns>
    public static DidEstimate? Estimate(IReadOnlyList<double[]> events, IReadOnlyList<double[]> exposure)
    {
        var e = new double[Cells];
        var x = new double[Cells];
        for (var b = 0; b < events.Count; b++)
            for (var c = 0; c < Cells; c++)
            {
                e[c] += events[b][c];
                x[c] += exposure[b][c];
            }
        if (e.Any(v => v <= 0) || x.Any(v => v <= 0)) return null;
        var rate = new double[Cells];
        for (var c = 0; c < Cells; c++) rate[c] = e[c] / x[c];
        var theta = Math.Log(rate[0]) - Math.Log(rate[1]) - Math.Log(rate[2]) + Math.Log(rate[3]);

        double sum = 0;
        var clusters = 0;
        for (var b = 0; b < events.Count; b++)
        {
            double s = 0, any = 0;
            for (var c = 0; c < Cells; c++)
            {
                s += Sign[c] * (events[b][c] - rate[c] * exposure[b][c]) / e[c];
                any += exposure[b][c];
            }
            if (any <= 0) continue;
            clusters++;
            sum += s * s;
        }
        var g = Math.Max(clusters, 2);
        var se = Math.Sqrt(sum * g / (g - 1));
        var t = StudentT.InvCDF(0, 1, g - 1, 0.975);
        return new DidEstimate(Math.Exp(theta) - 1, Math.Exp(theta - t * se) - 1, Math.Exp(theta + t * se) - 1, theta, se, clusters,
            rate[0], rate[1], rate[2], rate[3]);
    }
}
