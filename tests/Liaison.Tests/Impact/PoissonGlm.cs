using MathNet.Numerics.LinearAlgebra;

namespace Liaison.Tests.Impact;

/// <summary>
/// An independent Poisson regression by iteratively reweighted least squares, on the rows themselves:
/// log E[events] = Xβ + log(exposure). Written here so the engine's ratio of ratios is checked against a model fit,
/// not against itself.
/// </summary>
internal static class PoissonGlm
{
    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, IReadOnlyList<double> exposure, int iterations = 50)
    {
        var p = x[0].Length;
        var beta = Vector<double>.Build.Dense(p);
        beta[0] = Math.Log(y.Sum() / exposure.Sum());
        for (var it = 0; it < iterations; it++)
        {
            var xtwx = Matrix<double>.Build.Dense(p, p);
            var xtwz = Vector<double>.Build.Dense(p);
            for (var i = 0; i < x.Count; i++)
            {
                var eta = Math.Log(exposure[i]);
                for (var j = 0; j < p; j++) eta += x[i][j] * beta[j];
                var mu = Math.Exp(eta);
                // Working response without the offset; weight mu.
                var z = eta - Math.Log(exposure[i]) + (y[i] - mu) / mu;
                for (var a = 0; a < p; a++)
                {
                    xtwz[a] += x[i][a] * mu * z;
                    for (var b = 0; b < p; b++) xtwx[a, b] += x[i][a] * mu * x[i][b];
                }
            }
            var next = xtwx.Solve(xtwz);
            var change = (next - beta).AbsoluteMaximum();
            beta = next;
            if (change < 1e-13) break;
        }
        return beta.ToArray();
    }
}
