namespace Liaison.Core.Impact.Engine;

/// <summary>
/// A covariate's balance: means of the treated and of the controls before matching (all of them) and after
/// (weighted), and the standardised mean differences, both over the same pooled standard deviation of the
/// unmatched samples so that "after" is comparable with "before".
/// </summary>
public sealed record BalanceRow(string Covariate, string? Level, double MeanTreated, double MeanControlBefore,
    double MeanControlAfter, double SmdBefore, double SmdAfter);

internal static class Balance
{
    private const int MaxLevels = 12;

    /// <param name="weight">Per subject: 0 = not in the matched sample; treated 1; controls their matching weight.</param>
    public static IReadOnlyList<BalanceRow> Table(MatchingFeatures f, double[] weight)
    {
        var rows = new List<BalanceRow>();
        foreach (var (name, values) in f.Numeric)
            rows.Add(Row(f, weight, name, null, i => values[i]));
        foreach (var (name, labels) in f.Categorical)
        {
            var levels = Enumerable.Range(0, f.Subjects.Count).Where(i => f.Eligible[i]).GroupBy(i => labels[i])
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(MaxLevels).Select(g => g.Key);
            foreach (var level in levels)
                rows.Add(Row(f, weight, name, level, i => labels[i] == level ? 1 : 0));
        }
        return rows;
    }

    private static BalanceRow Row(MatchingFeatures f, double[] weight, string name, string? level, Func<int, double> value)
    {
        var treated = new List<double>();
        var controls = new List<double>();
        double afterTreated = 0, afterTreatedW = 0, afterControl = 0, afterControlW = 0;
        for (var i = 0; i < f.Subjects.Count; i++)
        {
            var v = value(i);
            if (!f.Eligible[i] || double.IsNaN(v)) continue;
            var isTreated = f.Subjects[i].Treated;
            (isTreated ? treated : controls).Add(v);
            if (weight[i] <= 0) continue;
            if (isTreated) { afterTreated += v; afterTreatedW += 1; }
            else { afterControl += weight[i] * v; afterControlW += weight[i]; }
        }
        var (mt, sdT) = MatchingFeatures.MeanSd(treated);
        var (mc, sdC) = MatchingFeatures.MeanSd(controls);
        var pooled = Math.Sqrt((sdT * sdT + sdC * sdC) / 2);
        var mtAfter = afterTreatedW > 0 ? afterTreated / afterTreatedW : double.NaN;
        var mcAfter = afterControlW > 0 ? afterControl / afterControlW : double.NaN;
        double Smd(double a, double b) => pooled > 0 ? (a - b) / pooled : 0;
        return new BalanceRow(name, level, mt, mc, mcAfter, Smd(mt, mc), Smd(mtAfter, mcAfter));
    }
}
