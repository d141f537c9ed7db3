namespace Liaison.Core.Impact.Engine;

/// <summary>
/// A covariate's balance: means of the treated and of the controls before matching (all of them) and after
/// (weighted), and the standardised mean differences, both over the same pooled standard deviation of the
/// unmatched samples so that "after" is comparable with "before".
/// </summary>
public sealed record BalanceRow(string Covariate, string? Level, double MeanTreated, double MeanControlBefore,
    double MeanControlAfter, double SmdBefore, double SmdAfter);

/// <summary>Count, sum and sum of squares of values taken in order: a mean and a standard deviation without a list.</summary>
internal struct Moments
{
    public double N, Sum, Squares;

    public void Add(double v)
    {
        N++;
        Sum += v;
        Squares += v * v;
    }

    public readonly (double Mean, double Sd) MeanSd()
    {
        if (N < 2) return (N == 1 ? Sum : 0, 0);
        var mean = Sum / N;
        return (mean, Math.Sqrt(Math.Max(0, (Squares - N * mean * mean) / (N - 1))));
    }
}

/// <summary>Each covariate's balance in one pass over the subjects (a categorical column: all its levels at once).</summary>
internal static class Balance
{
    private const int MaxLevels = 12;

    /// <param name="weight">Per subject: 0 = not in the matched sample; treated 1; controls their matching weight.</param>
    public static IReadOnlyList<BalanceRow> Table(MatchingFeatures f, double[] weight)
    {
        var rows = new List<BalanceRow>();
        foreach (var (name, values) in f.Numeric)
            rows.Add(Numeric(f, weight, name, values));
        foreach (var (name, labels) in f.Categorical)
            rows.AddRange(Levels(f, weight, name, labels));
        return rows;
    }

    private static BalanceRow Numeric(MatchingFeatures f, double[] weight, string name, double[] values)
    {
        Moments treated = default, controls = default;
        double afterTreated = 0, afterTreatedW = 0, afterControl = 0, afterControlW = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (!f.Eligible[i] || double.IsNaN(v)) continue;
            var isTreated = f.Subjects[i].Treated;
            if (isTreated) treated.Add(v);
            else controls.Add(v);
            if (weight[i] <= 0) continue;
            if (isTreated) { afterTreated += v; afterTreatedW += 1; }
            else { afterControl += weight[i] * v; afterControlW += weight[i]; }
        }
        return Row(name, null, treated, controls, afterTreated, afterTreatedW, afterControl, afterControlW);
    }

    /// <summary>The most frequent levels, each as a 0/1 covariate.</summary>
    private static IEnumerable<BalanceRow> Levels(MatchingFeatures f, double[] weight, string name, string[] labels)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var level = new List<(long All, double Treated, double Controls, double AfterTreated, double AfterControl)>();
        double nTreated = 0, nControls = 0, afterTreatedW = 0, afterControlW = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (!f.Eligible[i]) continue;
            if (!codes.TryGetValue(labels[i], out var c))
            {
                codes[labels[i]] = c = level.Count;
                level.Add(default);
            }
            var l = level[c];
            l.All++;
            var isTreated = f.Subjects[i].Treated;
            if (isTreated) { nTreated++; l.Treated++; }
            else { nControls++; l.Controls++; }
            if (weight[i] > 0)
            {
                if (isTreated) { afterTreatedW += 1; l.AfterTreated += 1; }
                else { afterControlW += weight[i]; l.AfterControl += weight[i]; }
            }
            level[c] = l;
        }
        // A 0/1 value's count, sum and sum of squares are its level's count: the same figures a list of them gives.
        return codes.OrderByDescending(p => level[p.Value].All).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxLevels).Select(p =>
        {
            var l = level[p.Value];
            return Row(name, p.Key, new Moments { N = nTreated, Sum = l.Treated, Squares = l.Treated },
                new Moments { N = nControls, Sum = l.Controls, Squares = l.Controls }, l.AfterTreated, afterTreatedW, l.AfterControl, afterControlW);
        }).ToList();
    }

    private static BalanceRow Row(string name, string? level, Moments treated, Moments controls, double afterTreated, double afterTreatedW,
        double afterControl, double afterControlW)
    {
        var (mt, sdT) = treated.MeanSd();
        var (mc, sdC) = controls.MeanSd();
        var pooled = Math.Sqrt((sdT * sdT + sdC * sdC) / 2);
        var mtAfter = afterTreatedW > 0 ? afterTreated / afterTreatedW : double.NaN;
        var mcAfter = afterControlW > 0 ? afterControl / afterControlW : double.NaN;
        double Smd(double a, double b) => pooled > 0 ? (a - b) / pooled : 0;
        return new BalanceRow(name, level, mt, mc, mcAfter, Smd(mt, mc), Smd(mtAfter, mcAfter));
    }
}
