using System.Globalization;
using Liaison.Core.Impact.Engine;

namespace Liaison.Core.Impact;

/// <summary>A subject-month of outcome data on its way into the workspace.</summary>
public readonly record struct OutcomeRow(string SubjectId, int Month, long Events, double Exposure);

/// <summary>
/// Reads outcome rows for import, validating each against the file contract; bad rows become problems (file,
/// line, reason) and are skipped, good rows flow on. Other sources (FHIR QuestionnaireResponse, and Part D
/// prescribing: <see cref="PartDOutcomes"/>) produce <see cref="OutcomeRow"/>s the same way.
/// </summary>
public sealed class OutcomeCsvRows(string path)
{
    public List<InputProblem> Problems { get; } = [];
    public long Rejected { get; private set; }

    public IEnumerable<OutcomeRow> Read()
    {
        using var csv = new CsvLines(path);
        var idx = csv.Require("subject_id", "period", "events", "exposure");
        var seen = new HashSet<(string, int)>();
        while (csv.Next() is { } f)
        {
            var problem = Check(f, idx, csv.Header.Count, out var row);
            if (problem is null && !seen.Add((row.SubjectId, row.Month)))
                problem = $"subject '{row.SubjectId}' already has a row for {f[idx[1]].Trim()}";
            if (problem is not null)
            {
                Rejected++;
                if (Problems.Count < 100) Problems.Add(csv.Problem(problem));
                continue;
            }
            yield return row;
        }
    }

    private static string? Check(string[] f, int[] idx, int fields, out OutcomeRow row)
    {
        row = default;
        if (f.Length != fields) return $"expected {fields} fields, found {f.Length}";
        var subject = f[idx[0]].Trim();
        if (subject.Length is 0 or > OutcomeObservation.SubjectIdWidth) return $"subject_id is empty or longer than {OutcomeObservation.SubjectIdWidth} characters";
        if (Common.NulCharacter.In(subject)) return "subject_id: " + Common.NulCharacter.Reason;
        if (!AnalysisWindows.TryParseMonth(f[idx[1]].Trim(), out var month)) return $"period '{f[idx[1]]}' is not a month ({AnalysisWindows.MonthFormat})";
        if (!long.TryParse(f[idx[2]].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var events)) return $"events '{f[idx[2]]}' is not a whole number";
        if (events < 0) return $"events is {events}: events must be ≥ 0";
        if (!double.TryParse(f[idx[3]].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var exposure) || !double.IsFinite(exposure))
            return $"exposure '{f[idx[3]]}' is not a number";
        if (exposure <= 0) return $"exposure is {f[idx[3]].Trim()}: exposure must be > 0";
        row = new OutcomeRow(subject, month, events, exposure);
        return null;
    }
}
