using System.Globalization;

namespace Liaison.Core.Impact.Engine;

/// <summary>A treated subject and the first day they were exposed (the earliest of their rows).</summary>
public sealed record Exposure(string SubjectId, DateOnly ExposedOn, long Line);

public static class ExposureFile
{
    /// <summary>Reads <c>subject_id,exposed_on</c>; every bad line is reported, nothing is returned half-read.</summary>
    public static IReadOnlyList<Exposure> Read(string path)
    {
        using var csv = new CsvLines(path);
        var (id, on) = csv.Require("subject_id", "exposed_on") is [var a, var b] ? (a, b) : default;
        var problems = new List<InputProblem>();
        var first = new Dictionary<string, Exposure>(StringComparer.Ordinal);
        while (csv.Next() is { } f)
        {
            if (f.Length != csv.Header.Count) { problems.Add(csv.Problem($"expected {csv.Header.Count} fields, found {f.Length}")); continue; }
            var subject = f[id].Trim();
            if (subject.Length == 0) { problems.Add(csv.Problem("subject_id is empty")); continue; }
            if (!DateOnly.TryParseExact(f[on].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(csv.Problem($"exposed_on '{f[on]}' is not an ISO date (YYYY-MM-DD)"));
                continue;
            }
            if (!first.TryGetValue(subject, out var seen) || date < seen.ExposedOn)
                first[subject] = new Exposure(subject, date, seen?.Line ?? csv.LineNumber);
            if (problems.Count >= 20) break;
        }
        if (problems.Count > 0) throw new ImpactInputException(problems);
        return first.Values.OrderBy(e => e.Line).ToList();
    }
}
