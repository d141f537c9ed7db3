using System.Text;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// A small reader of the contract's CSV files, line by line with physical line numbers (the header is line 1),
/// for the per-subject files (exposures, covariates) and for locating a bad line of the outcomes file once the
/// engine has found that one exists. Fields may be quoted; a quoted field does not span lines in this contract.
/// </summary>
public sealed class CsvLines : IDisposable
{
    private readonly StreamReader _reader;

    public CsvLines(string path)
    {
        Path = path;
        Name = System.IO.Path.GetFileName(path);
        if (!File.Exists(path)) throw new ImpactInputException([new InputProblem(Name, 0, "the file does not exist")]);
        if (Common.TextInput.Problem(path) is { } unreadable)
            throw new ImpactInputException([new InputProblem(Name, 1, unreadable == "the file is empty" ? "the file is empty: a header line is required" : unreadable)]);
        var stream = Common.PublishedFile.Open(path);
        Compressed = stream.Compressed;
        _reader = Common.TextInput.Reader(stream);
        var header = _reader.ReadLine();
        if (header is null) throw new ImpactInputException([new InputProblem(Name, 1, "the file is empty: a header line is required")]);
        Header = Split(header).Select(h => h.Trim()).ToArray();
        LineNumber = 1;
    }

    public string Path { get; }
    public string Name { get; }

    /// <summary>Whether the file is gzip-compressed or a ZIP archive: read here, but not by the outcome file scan's byte ranges.</summary>
    public bool Compressed { get; }
    public IReadOnlyList<string> Header { get; }
    public long LineNumber { get; private set; }

    /// <summary>The index of each required column, or a problem naming the missing ones.</summary>
    public int[] Require(params string[] columns)
    {
        // Names match whatever their case: a spreadsheet's "Subject_ID" is the contract's subject_id.
        var missing = columns.Where(c => !Header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            throw new ImpactInputException([new InputProblem(Name, 1,
                $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))} (the header has {string.Join(",", Header)})")]);
        return columns.Select(c => Header.ToList().FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
    }

    /// <summary>The next non-blank record, or null at the end.</summary>
    public string[]? Next()
    {
        while (_reader.ReadLine() is { } line)
        {
            LineNumber++;
            if (line.Length == 0) continue;
            return Split(line);
        }
        return null;
    }

    public InputProblem Problem(string reason) => new(Name, LineNumber, reason);

    public static string[] Split(string line)
    {
        if (!line.Contains('"')) return line.Split(',');
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }

    public void Dispose() => _reader.Dispose();
}
