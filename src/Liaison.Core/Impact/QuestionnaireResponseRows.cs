using System.Text.Json;
using Liaison.Core.Impact.Engine;

namespace Liaison.Core.Impact;

/// <summary>
/// Patient-reported outcomes from FHIR R4 <c>QuestionnaireResponse</c> resources (NDJSON bulk export, a Bundle,
/// or one resource): each completed response is one unit of exposure for its subject in the month it was
/// authored; it is an event when the answer to <see cref="PositiveLinkId"/> is positive (a number at least
/// <see cref="PositiveMin"/>, <c>true</c>, or a coding whose code is in <see cref="PositiveCodes"/>).
/// </summary>
public sealed class QuestionnaireResponseRows(string path, string positiveLinkId, double? positiveMin, IReadOnlySet<string>? positiveCodes)
{
    public string PositiveLinkId { get; } = positiveLinkId;
    public double? PositiveMin { get; } = positiveMin;
    public IReadOnlySet<string> PositiveCodes { get; } = positiveCodes ?? new HashSet<string>();
    public List<InputProblem> Problems { get; } = [];
    public long Rejected { get; private set; }

    public IEnumerable<OutcomeRow> Read()
    {
        var cells = new Dictionary<(string, int), (long Events, double Exposure)>();
        var name = Path.GetFileName(path);
        var line = 0L;
        foreach (var (text, at) in Documents())
        {
            line = at;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(text); }
            catch (JsonException e) { Reject(new InputProblem(name, line, $"not JSON: {e.Message}")); continue; }
            using (doc)
                foreach (var r in Resources(doc.RootElement))
                {
                    var problem = Add(r, cells);
                    if (problem is not null) Reject(new InputProblem(name, line, problem));
                }
        }
        return cells.OrderBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2)
            .Select(c => new OutcomeRow(c.Key.Item1, c.Key.Item2, c.Value.Events, c.Value.Exposure)).ToList();
    }

    private void Reject(InputProblem p)
    {
        Rejected++;
        if (Problems.Count < 100) Problems.Add(p);
    }

    private IEnumerable<(string Text, long Line)> Documents()
    {
        // Read whole (as a Bundle must be), through a gzip file's or a ZIP's compression.
        string all;
        using (var reader = Common.TextInput.Reader(Common.PublishedFile.Open(path))) all = reader.ReadToEnd();
        var text = all.TrimStart();
        var ndjson = path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase);
        if (text.StartsWith('{') && !ndjson) { yield return (text, 1); yield break; }
        var n = 0L;
        using var lines = new StringReader(all);
        while (lines.ReadLine() is { } l)
        {
            n++;
            if (l.Trim().Length > 0) yield return (l, n);
        }
    }

    private static IEnumerable<JsonElement> Resources(JsonElement root)
    {
        if (root.TryGetProperty("resourceType", out var type) && type.GetString() == "Bundle" && root.TryGetProperty("entry", out var entries))
        {
            foreach (var e in entries.EnumerateArray())
                if (e.TryGetProperty("resource", out var r)) yield return r;
        }
        else yield return root;
    }

    private string? Add(JsonElement r, Dictionary<(string, int), (long, double)> cells)
    {
        if (!r.TryGetProperty("resourceType", out var type) || type.GetString() != "QuestionnaireResponse") return null;
        var status = r.TryGetProperty("status", out var s) ? s.GetString() : null;
        if (status is not ("completed" or "amended")) return null;
        if (!r.TryGetProperty("subject", out var subject) || subject.ValueKind != JsonValueKind.Object
            || !subject.TryGetProperty("reference", out var reference) || reference.ValueKind != JsonValueKind.String)
            return "QuestionnaireResponse without subject.reference";
        var id = reference.GetString()!;
        id = id[(id.LastIndexOf('/') + 1)..];
        if (Common.NulCharacter.In(id)) return "subject.reference: " + Common.NulCharacter.Reason;
        if (id.Length is 0 or > OutcomeObservation.SubjectIdWidth)
            return $"subject.reference '{id}': the subject id is empty or longer than {OutcomeObservation.SubjectIdWidth} characters";
        if (!r.TryGetProperty("authored", out var authored) || authored.GetString() is not { Length: >= 7 } date
            || !AnalysisWindows.TryParseMonth(date[..7], out var month))
            return $"QuestionnaireResponse for {id} without a valid authored date";
        var positive = r.TryGetProperty("item", out var items) && IsPositive(items);
        var (e, x) = cells.GetValueOrDefault((id, month));
        cells[(id, month)] = (e + (positive ? 1 : 0), x + 1);
        return null;
    }

    private bool IsPositive(JsonElement items)
    {
        foreach (var item in items.EnumerateArray())
        {
            if (item.TryGetProperty("linkId", out var link) && link.GetString() == PositiveLinkId && item.TryGetProperty("answer", out var answers))
                foreach (var a in answers.EnumerateArray())
                {
                    if (a.TryGetProperty("valueBoolean", out var b) && b.ValueKind == JsonValueKind.True) return true;
                    foreach (var key in new[] { "valueInteger", "valueDecimal" })
                        if (a.TryGetProperty(key, out var v) && PositiveMin is { } min && v.GetDouble() >= min) return true;
                    if (a.TryGetProperty("valueCoding", out var coding) && coding.TryGetProperty("code", out var code)
                        && PositiveCodes.Contains(code.GetString() ?? "")) return true;
                }
            if (item.TryGetProperty("item", out var nested) && IsPositive(nested)) return true;
            if (item.TryGetProperty("answer", out var ans))
                foreach (var a in ans.EnumerateArray())
                    if (a.TryGetProperty("item", out var sub) && IsPositive(sub)) return true;
        }
        return false;
    }
}
