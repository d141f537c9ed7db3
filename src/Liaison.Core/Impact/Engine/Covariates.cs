using System.Globalization;
using System.Text;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Per-subject covariates. A column whose non-empty values all parse as numbers is numeric (matched on the
/// nearest standardised value); the rest, and any named in <c>--categorical</c>, are categorical (matched exactly).
/// </summary>
public sealed class CovariateTable
{
    private readonly SubjectKeys _rows; // subject → row, numbered in file order

    public CovariateTable(IReadOnlyList<string> subjects, IReadOnlyList<CovariateColumn> columns)
    {
        _rows = new SubjectKeys();
        foreach (var s in subjects)
        {
            var id = Encoding.UTF8.GetBytes(s);
            _rows.GetOrAdd(id, SubjectHash.Of(id), out _);
        }
        Columns = columns;
    }

    private CovariateTable(SubjectKeys rows, IReadOnlyList<CovariateColumn> columns) => (_rows, Columns) = (rows, columns);

    public static CovariateTable Empty { get; } = new(new SubjectKeys(), []);

    public IReadOnlyList<CovariateColumn> Columns { get; }
    public IEnumerable<string> Subjects => Enumerable.Range(0, _rows.Count).Select(r => Encoding.UTF8.GetString(_rows.Key(r)));
    public int Count => _rows.Count;

    /// <summary>The row of a subject, or −1 when the file has none for it.</summary>
    public int RowOf(string subject)
    {
        if (_rows.Count == 0) return -1;
        Span<byte> small = stackalloc byte[128];
        var id = Encoding.UTF8.GetMaxByteCount(subject.Length) <= small.Length ? small : new byte[Encoding.UTF8.GetMaxByteCount(subject.Length)];
        id = id[..Encoding.UTF8.GetBytes(subject, id)];
        return _rows.Find(id, SubjectHash.Of(id));
    }

    /// <summary>
    /// Reads <c>covariates.csv</c> as UTF-8 bytes; every bad line is reported (up to 20), nothing half-read. To be stored,
    /// the subject ids, column names and values must fit <paramref name="stored"/>'s widths (an analysis of files needs none).
    /// </summary>
    public static CovariateTable Read(string path, IReadOnlySet<string>? categorical, CovariateWidths? stored = null)
    {
        using var header = new CsvLines(path);
        var id = header.Require("subject_id")[0];
        var names = header.Header.Where((_, i) => i != id).ToList();
        if (stored is not null && names.FirstOrDefault(n => n.Length > stored.Name || Common.NulCharacter.In(n)) is { } badName)
            throw new ImpactInputException([new InputProblem(header.Name, 1, Common.NulCharacter.In(badName) ? $"a column name: {Common.NulCharacter.Reason}"
                : $"column '{badName[..20]}…' has {badName.Length} characters: longer than the {stored.Name} a covariate name holds")]);
        var values = names.Select(_ => new CovariateValues()).ToList();
        var rows = new SubjectKeys();
        var lines = new List<long>();
        var problems = new List<InputProblem>();
        using var csv = new CsvRecords(header);
        while (problems.Count < 20 && csv.Next(out var text, out var fields))
        {
            if (!fields) { problems.Add(csv.FieldCountProblem(text)); continue; }
            if (Common.NulCharacter.In(text)) { problems.Add(csv.Problem(Common.NulCharacter.Reason)); continue; }
            var subject = csv.Field(text, id);
            if (subject.Length == 0) { problems.Add(csv.Problem("subject_id is empty")); continue; }
            if (stored is not null && TooWide(csv, header.Header, text, id, stored) is { } wide) { problems.Add(csv.Problem(wide)); continue; }
            var row = rows.GetOrAdd(subject, SubjectHash.Of(subject), out var added);
            if (!added)
            {
                problems.Add(csv.Problem($"subject '{Encoding.UTF8.GetString(subject)}' already has covariates on line {lines[row]}"));
                continue;
            }
            lines.Add(csv.LineNumber);
            for (int c = 0, k = 0; c < header.Header.Count; c++)
                if (c != id) values[k++].Add(csv.Field(text, c));
        }
        if (problems.Count > 0) throw new ImpactInputException(problems);
        var unknown = categorical?.Where(c => !names.Contains(c)).ToList() ?? [];
        if (unknown.Count > 0)
            throw new ImpactInputException([new InputProblem(header.Name, 1, $"--categorical names no column of this file: {string.Join(", ", unknown)}")]);
        var columns = names.Select((name, i) => CovariateColumn.From(name, values[i], categorical?.Contains(name) == true)).ToList();
        return new CovariateTable(rows, columns);
    }

    /// <summary>Why a row's subject id or a value is longer than the column storing it, or null.</summary>
    private static string? TooWide(CsvRecords csv, IReadOnlyList<string> columns, ReadOnlySpan<byte> text, int id, CovariateWidths stored)
    {
        var subject = Encoding.UTF8.GetCharCount(csv.Field(text, id));
        if (subject > stored.Subject) return $"subject_id has {subject} characters: longer than the {stored.Subject} it holds";
        for (var c = 0; c < columns.Count; c++)
            if (c != id && Encoding.UTF8.GetCharCount(csv.Field(text, c)) is var n && n > stored.Value)
                return $"{columns[c]} has {n} characters: longer than the {stored.Value} a covariate value holds";
        return null;
    }
}

/// <summary>The widths of the columns covariates are stored in (subject id, name, value), in characters.</summary>
public sealed record CovariateWidths(int Subject, int Name, int Value);

/// <summary>One covariate: numeric values (NaN when missing) or categorical labels.</summary>
public sealed record CovariateColumn(string Name, bool IsNumeric, double[] Numbers, string[] Labels)
{
    public const string Missing = "(missing)";

    /// <summary>A column of a file, from its values' UTF-8 bytes (parsed with the same rules as text).</summary>
    internal static CovariateColumn From(string name, CovariateValues values, bool forceCategorical)
    {
        var numbers = new double[values.Count];
        var numeric = !forceCategorical && values.AnyNonEmpty;
        for (var i = 0; i < values.Count && numeric; i++)
        {
            var v = values[i];
            if (v.Length == 0) numbers[i] = double.NaN;
            else if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
                numeric = false;
        }
        if (numeric) return new CovariateColumn(name, true, numbers, []);
        // A categorical column repeats a few labels a million times: one string per label.
        var pool = new SubjectKeys();
        var shared = new List<string>();
        var labels = new string[values.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            var v = values[i];
            var n = pool.GetOrAdd(v, SubjectHash.Of(v), out var added);
            if (added) shared.Add(v.Length == 0 ? Missing : Encoding.UTF8.GetString(v));
            labels[i] = shared[n];
        }
        return new CovariateColumn(name, false, [], labels);
    }

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

/// <summary>One column's values as they were read: UTF-8 bytes end to end, with where each ends.</summary>
internal sealed class CovariateValues
{
    private byte[] _bytes = new byte[1 << 12];
    private int[] _ends = new int[256];

    public int Count { get; private set; }
    public bool AnyNonEmpty { get; private set; }

    public ReadOnlySpan<byte> this[int i] => _bytes.AsSpan(i == 0 ? 0 : _ends[i - 1], _ends[i] - (i == 0 ? 0 : _ends[i - 1]));

    public void Add(ReadOnlySpan<byte> value)
    {
        var start = Count == 0 ? 0 : _ends[Count - 1];
        if (start + value.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, start + value.Length));
        if (Count == _ends.Length) Array.Resize(ref _ends, Count * 2);
        value.CopyTo(_bytes.AsSpan(start));
        _ends[Count++] = start + value.Length;
        AnyNonEmpty |= value.Length > 0;
    }
}
