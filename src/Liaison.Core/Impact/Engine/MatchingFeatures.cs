namespace Liaison.Core.Impact.Engine;

/// <summary>
/// What matching compares per subject: the exact stratum (categorical labels), the standardised numeric
/// covariates and pre-period rate (<see cref="Z"/>, row-major) and the raw values the balance table reports.
/// Subjects without pre-period exposure have no pre-period rate and cannot be matched.
/// </summary>
internal sealed class MatchingFeatures
{
    public const string PreRate = "pre-period rate";

    private MatchingFeatures(IReadOnlyList<SubjectSummary> subjects, List<(string Name, double[] Values)> numeric,
        List<(string Name, string[] Labels)> categorical, bool[] eligible)
    {
        Subjects = subjects;
        Numeric = numeric;
        Categorical = categorical;
        Eligible = eligible;
        Dimensions = numeric.Count;
        Z = new double[subjects.Count * Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            var values = numeric[d].Values;
            var (mean, sd) = MeanSd(Enumerable.Range(0, subjects.Count).Where(i => eligible[i] && !double.IsNaN(values[i])).Select(i => values[i]));
            for (var i = 0; i < subjects.Count; i++)
                Z[i * Dimensions + d] = double.IsNaN(values[i]) || sd == 0 ? 0 : (values[i] - mean) / sd;
        }
    }

    public IReadOnlyList<SubjectSummary> Subjects { get; }
    public List<(string Name, double[] Values)> Numeric { get; }
    public List<(string Name, string[] Labels)> Categorical { get; }
    public bool[] Eligible { get; }
    public int Dimensions { get; }
    public double[] Z { get; }

    public static MatchingFeatures Build(IReadOnlyList<SubjectSummary> subjects, CovariateTable covariates)
    {
        var rows = subjects.Select(s => covariates.RowOf(s.SubjectId)).ToArray();
        var numeric = new List<(string, double[])>();
        var categorical = new List<(string, string[])>();
        foreach (var column in covariates.Columns)
        {
            if (column.IsNumeric)
                numeric.Add((column.Name, rows.Select(r => r < 0 ? double.NaN : column.Numbers[r]).ToArray()));
            else
                categorical.Add((column.Name, rows.Select(r => r < 0 ? CovariateColumn.Missing : column.Labels[r]).ToArray()));
        }
        numeric.Add((PreRate, subjects.Select(s => s.PreExposure > 0 ? s.PreEvents / s.PreExposure : double.NaN).ToArray()));
        return new MatchingFeatures(subjects, numeric, categorical, subjects.Select(s => s.PreExposure > 0).ToArray());
    }

    public sealed record Stratum(List<int> Treated, List<int> Controls);

    public IEnumerable<Stratum> Strata()
    {
        // A stratum is identified by its labels' codes, so a million subjects need no key strings.
        var codes = Categorical.Select(c => new Dictionary<string, int>(StringComparer.Ordinal)).ToList();
        var strata = new Dictionary<string, Stratum>(StringComparer.Ordinal);
        var key = new int[Categorical.Count];
        for (var i = 0; i < Subjects.Count; i++)
        {
            if (!Eligible[i]) continue;
            for (var c = 0; c < key.Length; c++)
            {
                var label = Categorical[c].Labels[i];
                if (!codes[c].TryGetValue(label, out key[c])) codes[c][label] = key[c] = codes[c].Count;
            }
            var k = string.Join(',', key);
            if (!strata.TryGetValue(k, out var s)) strata[k] = s = new Stratum([], []);
            (Subjects[i].Treated ? s.Treated : s.Controls).Add(i);
        }
        return strata.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value);
    }

    public static (double Mean, double Sd) MeanSd(IEnumerable<double> values)
    {
        double n = 0, sum = 0, sq = 0;
        foreach (var v in values) { n++; sum += v; sq += v * v; }
        if (n < 2) return (n == 1 ? sum : 0, 0);
        var mean = sum / n;
        return (mean, Math.Sqrt(Math.Max(0, (sq - n * mean * mean) / (n - 1))));
    }
}
