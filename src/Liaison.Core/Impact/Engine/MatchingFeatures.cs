using System.Globalization;

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
        _z = new Lazy<double[]>(Standardise);
    }

    private readonly Lazy<double[]> _z;

    public IReadOnlyList<SubjectSummary> Subjects { get; }
    public List<(string Name, double[] Values)> Numeric { get; }
    public List<(string Name, string[] Labels)> Categorical { get; }
    public bool[] Eligible { get; }
    public int Dimensions { get; }

    /// <summary>The numeric covariates standardised over the eligible subjects, row-major (what matching measures).</summary>
    public double[] Z => _z.Value;

    private double[] Standardise()
    {
        var z = new double[Subjects.Count * Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            var values = Numeric[d].Values;
            Moments m = default;
            for (var i = 0; i < values.Length; i++)
                if (Eligible[i] && !double.IsNaN(values[i])) m.Add(values[i]);
            var (mean, sd) = m.MeanSd();
            for (var i = 0; i < values.Length; i++)
                z[i * Dimensions + d] = double.IsNaN(values[i]) || sd == 0 ? 0 : (values[i] - mean) / sd;
        }
        return z;
    }

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
        // A stratum is found one column at a time by its labels' codes, so a million subjects need no key strings;
        // strata come in the order of their codes written out ("0,1" < "0,10" < "0,2"), as they always have.
        var codes = Categorical.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var child = new Dictionary<(int Node, int Code), int>();
        var keys = new List<string> { "" };
        var strata = new Dictionary<int, Stratum>();
        for (var i = 0; i < Subjects.Count; i++)
        {
            if (!Eligible[i]) continue;
            var node = 0;
            for (var c = 0; c < codes.Length; c++)
            {
                var label = Categorical[c].Labels[i];
                if (!codes[c].TryGetValue(label, out var code)) codes[c][label] = code = codes[c].Count;
                if (!child.TryGetValue((node, code), out var next))
                {
                    child[(node, code)] = next = keys.Count;
                    var text = code.ToString(CultureInfo.InvariantCulture);
                    keys.Add(c == 0 ? text : keys[node] + "," + text);
                }
                node = next;
            }
            if (!strata.TryGetValue(node, out var s)) strata[node] = s = new Stratum([], []);
            (Subjects[i].Treated ? s.Treated : s.Controls).Add(i);
        }
        return strata.OrderBy(s => keys[s.Key], StringComparer.Ordinal).Select(s => s.Value);
    }
}
