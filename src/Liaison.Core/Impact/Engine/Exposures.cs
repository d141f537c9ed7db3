using System.Globalization;
using System.Text;

namespace Liaison.Core.Impact.Engine;

/// <summary>A treated subject and the first day they were exposed (the earliest of their rows).</summary>
public sealed record Exposure(string SubjectId, DateOnly ExposedOn, long Line);

public static class ExposureFile
{
    /// <summary>Reads <c>subject_id,exposed_on</c>; every bad line is reported, nothing is returned half-read.</summary>
    public static IReadOnlyList<Exposure> Read(string path)
    {
        using var header = new CsvLines(path);
        var (id, on) = header.Require("subject_id", "exposed_on") is [var a, var b] ? (a, b) : default;
        var problems = new List<InputProblem>();
        var subjects = new SubjectKeys();
        var first = new List<(DateOnly On, long Line)>(); // per subject, in order of first appearance
        using var csv = new CsvRecords(header);
        while (csv.Next(out var text, out var fields))
        {
            if (!fields) { problems.Add(csv.FieldCountProblem(text)); continue; }
            var subject = csv.Field(text, id);
            if (subject.Length == 0) { problems.Add(csv.Problem("subject_id is empty")); continue; }
            if (Common.NulCharacter.In(subject)) { problems.Add(csv.Problem($"subject_id: {Common.NulCharacter.Reason}")); continue; }
            if (!TryIsoDate(csv.Field(text, on), out var date))
            {
                problems.Add(csv.Problem($"exposed_on '{csv.RawField(text, on)}' is not an ISO date (YYYY-MM-DD)"));
                continue;
            }
            var n = subjects.GetOrAdd(subject, SubjectHash.Of(subject), out var added);
            if (added) first.Add((date, csv.LineNumber));
            else if (date < first[n].On) first[n] = (date, first[n].Line);
            if (problems.Count >= 20) break;
        }
        if (problems.Count > 0) throw new ImpactInputException(problems);
        return first.Select((e, n) => new Exposure(Encoding.UTF8.GetString(subjects.Key(n)), e.On, e.Line)).ToList();
    }

    private static bool TryIsoDate(ReadOnlySpan<byte> f, out DateOnly date)
    {
        date = default;
        if (f.Length == 10 && f[4] == '-' && f[7] == '-' && Digits(f[..4], out var y) && Digits(f[5..7], out var m) && Digits(f[8..], out var d)
            && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new DateOnly(y, m, d);
            return true;
        }
        return DateOnly.TryParseExact(Encoding.UTF8.GetString(f), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool Digits(ReadOnlySpan<byte> f, out int value)
    {
        value = 0;
        foreach (var c in f)
        {
            if ((uint)(c - '0') > 9) return false;
            value = value * 10 + c - '0';
        }
        return true;
    }
}
