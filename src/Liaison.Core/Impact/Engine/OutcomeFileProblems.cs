namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Finds the lines of an outcomes file that break the contract, once the parallel pass has counted some that do.
/// Only then is the file read again line by line, so good files pay nothing for exact line numbers.
/// </summary>
internal static class OutcomeFileProblems
{
    private const int Max = 20;

    /// <param name="duplicated">Subjects the engine saw twice in one month of the windows.</param>
    public static IReadOnlyList<InputProblem> Locate(string path, AnalysisWindows w, IReadOnlySet<string> duplicated)
    {
        using var csv = new CsvLines(path);
        var idx = csv.Require("subject_id", "period", "events", "exposure");
        var seen = new Dictionary<(string, int), long>();
        var problems = new List<InputProblem>();
        while (problems.Count < Max && csv.Next() is { } f)
        {
            if (f.Length != csv.Header.Count) { problems.Add(csv.Problem($"expected {csv.Header.Count} fields, found {f.Length}")); continue; }
            var (subject, period, events, exposure) = (f[idx[0]].Trim(), f[idx[1]].Trim(), f[idx[2]].Trim(), f[idx[3]].Trim());
            var missing = new[] { ("subject_id", subject), ("period", period), ("events", events), ("exposure", exposure) }
                .Where(p => p.Item2.Length == 0).Select(p => p.Item1).ToList();
            if (missing.Count > 0) { problems.Add(csv.Problem($"{string.Join(", ", missing)} is empty")); continue; }
            if (Common.NulCharacter.In(subject)) { problems.Add(csv.Problem($"subject_id: {Common.NulCharacter.Reason}")); continue; }
            if (!AnalysisWindows.TryParseMonth(period, out var month))
                problems.Add(csv.Problem($"period '{period}' is not a month ({AnalysisWindows.MonthFormat})"));
            if (!OutcomeFields.TryEvents(events, out var e))
                problems.Add(csv.Problem($"events '{events}' is not a whole number"));
            else if (e < 0) problems.Add(csv.Problem($"events is {events}: events must be ≥ 0"));
            if (!OutcomeFields.TryExposure(exposure, out var x))
                problems.Add(csv.Problem($"exposure '{exposure}' is not a number"));
            else if (x <= 0) problems.Add(csv.Problem($"exposure is {exposure}: exposure must be > 0"));
            if (duplicated.Contains(subject) && month >= w.FirstMonth && month <= w.LastMonth)
            {
                if (seen.TryGetValue((subject, month), out var first))
                    problems.Add(csv.Problem($"subject '{subject}' has a second row for {period} (the first is line {first})"));
                else seen[(subject, month)] = csv.LineNumber;
            }
        }
        return problems;
    }
}
