using System.Globalization;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Per-subject covariates. A column whose non-empty values all parse as numbers is numeric (matched on the
/// nearest standardised value); the rest, and any named in <c>--categorical</c>, are categorical (matched exactly).
/// </summary>
public sealed class CovariateTable
{
    private readonly Dictionary<string, int> _rows;

    public CovariateTable(IReadOnlyList<string> subjects, IReadOnlyList<CovariateColumn> columns)
    {
        _rows = new Dictionary<string, int>(subjects.Count, StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++) _rows[subjects[i]] = i;
        Columns = columns;
    }

    private CovariateTable(Dictionary<string, int> rows, IReadOnlyList<CovariateColumn> columns) => (_rows, Columns) = (rows, columns);

    public static CovariateTable Empty { get; } = new(new Dictionary<string, int>(), []);

    public IReadOnlyList<CovariateColumn> Columns { get; }
    public IEnumerable<string> Subjects => _rows.Keys;
    public int Count => _rows.Count;

    /// <summary>The row of a subject, or −1 when the file has none for it.</summary>
    public int RowOf(string subject) => _rows.GetValueOrDefault(subject, -1);

    public static CovariateTable Read(string path, IReadOnlySet<string>? categorical)
    {
        using var csv = new CsvLines(path);
        var id = csv.Require("subject_id")[0];
        var names = csv.Header.Where((_, i) => i != id).ToList();
        var raw = names.Select(_ => new List<string>()).ToList();
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<long>();
        var problems = new List<InputProblem>();
        while (csv.Next() is { } f && problems.Count < 20)
        {
            if (f.Length != csv.Header.Count) { problems.Add(csv.Problem($"expected {csv.Header.Count} fields, found {f.Length}")); continue; }
            var subject = f[id].Trim();
            if (subject.Length == 0) { problems.Add(csv.Problem("subject_id is empty")); continue; }
            if (rows.TryGetValue(subject, out var earlier))
            {
                problems.Add(csv.Problem($"subject '{subject}' already has covariates on line {lines[earlier]}"));
                continue;
            }
            rows[subject] = lines.Count;
            lines.Add(csv.LineNumber);
            for (int c = 0, k = 0; c < f.Length; c++)
                if (c != id) raw[k++].Add(f[c].Trim());
        }
        if (problems.Count > 0) throw new ImpactInputException(problems);
        var unknown = categorical?.Where(c => !names.Contains(c)).ToList() ?? [];
        if (unknown.Count > 0)
            throw new ImpactInputException([new InputProblem(csv.Name, 1, $"--categorical names no column of this file: {string.Join(", ", unknown)}")]);
        var columns = new List<CovariateColumn>();
        for (var i = 0; i < names.Count; i++)
        {
            columns.Add(CovariateColumn.From(names[i], raw[i], categorical?.Contains(names[i]) == true));
            raw[i] = []; // let the text go as soon as the column is parsed
        }
        return new CovariateTable(rows, columns);
    }
}

/// <summary>One covariate: numeric values (NaN when missing) or categorical labels.</summary>
public sealed record CovariateColumn(string Name, bool IsNumeric, double[] Numbers, string[] Labels)
{
    public const string Missing = "(missing)";

    public static CovariateColumn From(string name, List<string> values, bool forceCategorical)
    {
        var numbers = new double[values.Count];
        var numeric = !forceCategorical && values.Any(v => v.Length > 0);
        for (var i = 0; i < values.Count && numeric; i++)
        {
            if (values[i].Length == 0) numbers[i] = double.NaN;
            else if (!double.TryParse(values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
                numeric = false;
        }
        return numeric
            ? new CovariateColumn(name, true, numbers, [])
            : new CovariateColumn(name, false, [], SharedLabels(values));
    }

    // A categorical column repeats a few labels a million times: keep one string per label.
    private static string[] SharedLabels(List<string> values)
    {
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var labels = new string[values.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            var v = values[i].Length == 0 ? Missing : values[i];
            if (!pool.TryGetValue(v, out var shared)) pool[v] = shared = v;
            labels[i] = shared;
        }
        return labels;
    }
}
