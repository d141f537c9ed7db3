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
            {
                // A resource of the wrong JSON shape (an array, a number where R4 has a string) is that line's problem, not the file's end.
                try
                {
                    foreach (var r in Resources(doc.RootElement))
                        try
                        {
                            if (Add(r, cells) is { } problem) Reject(new InputProblem(name, line, problem));
                        }
                        catch (InvalidResponse e) { Reject(new InputProblem(name, line, e.Message)); }
                }
                catch (InvalidResponse e) { Reject(new InputProblem(name, line, e.Message)); }
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
        if (Text(root, "resourceType") != "Bundle")
        {
            yield return root;
            yield break;
        }
        foreach (var e in List(root, "entry", "Bundle.entry"))
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("resource", out var r)) yield return r;
    }

    private string? Add(JsonElement r, Dictionary<(string, int), (long, double)> cells)
    {
        if (Text(r, "resourceType") != "QuestionnaireResponse") return null;
        if (Text(r, "status") is not ("completed" or "amended")) return null;
        if (!r.TryGetProperty("subject", out var subject) || Text(subject, "reference", "subject.reference") is not { } reference)
            return "QuestionnaireResponse without subject.reference";
        var id = SubjectId(reference);
        if (Common.NulCharacter.In(id)) return "subject.reference: " + Common.NulCharacter.Reason;
        if (id.Length is 0 or > OutcomeObservation.SubjectIdWidth)
            return $"subject.reference '{id}': the subject id is empty or longer than {OutcomeObservation.SubjectIdWidth} characters";
        if (Text(r, "authored") is not { Length: >= 7 } date
            || !AnalysisWindows.TryParseMonth(date[..7], out var month))
            return $"QuestionnaireResponse for {id} without a valid authored date";
        var positive = IsPositive(List(r, "item", "item"));
        var (e, x) = cells.GetValueOrDefault((id, month));
        cells[(id, month)] = (e + (positive ? 1 : 0), x + 1);
        return null;
    }

    private bool IsPositive(IEnumerable<JsonElement> items)
    {
        foreach (var item in items)
        {
            if (Text(item, "linkId", "item.linkId") == PositiveLinkId)
                foreach (var a in List(item, "answer", "item.answer"))
                {
                    if (a.TryGetProperty("valueBoolean", out var b) && b.ValueKind == JsonValueKind.True) return true;
                    foreach (var key in new[] { "valueInteger", "valueDecimal" })
                        if (a.TryGetProperty(key, out var v) && PositiveMin is { } min && Number(v, $"item.answer.{key}") >= min) return true;
                    if (a.TryGetProperty("valueCoding", out var coding) && PositiveCodes.Contains(Text(coding, "code", "item.answer.valueCoding.code") ?? "")) return true;
                }
            if (IsPositive(List(item, "item", "item.item"))) return true;
            foreach (var a in List(item, "answer", "item.answer"))
                if (IsPositive(List(a, "item", "item.answer.item"))) return true;
        }
        return false;
    }

    /// <summary>
    /// The patient's id of a subject reference: "Patient/p1", an absolute URL, or a versioned one ("Patient/p1/_history/2",
    /// whose last part is the version, not the patient).
    /// </summary>
    private static string SubjectId(string reference)
    {
        var history = reference.IndexOf("/_history/", StringComparison.Ordinal);
        var id = history >= 0 ? reference[..history] : reference;
        return id[(id.LastIndexOf('/') + 1)..];
    }

    /// <summary>A string property; null when absent or null; a value of another JSON type is the resource's problem.</summary>
    private static string? Text(JsonElement o, string name, string? path = null)
    {
        if (o.ValueKind != JsonValueKind.Object) throw new InvalidResponse($"{Parent(path ?? name)}: expected a JSON object, found {Kind(o)}");
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw new InvalidResponse($"{path ?? name} must be a string, found {Kind(v)}");
    }

    private static IEnumerable<JsonElement> List(JsonElement o, string name, string path)
    {
        if (o.ValueKind != JsonValueKind.Object) throw new InvalidResponse($"{Parent(path)}: expected a JSON object, found {Kind(o)}");
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return [];
        return v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : throw new InvalidResponse($"{path} must be an array, found {Kind(v)}");
    }

    private static double Number(JsonElement v, string path) =>
        v.ValueKind == JsonValueKind.Number ? v.GetDouble() : throw new InvalidResponse($"{path} must be a number, found {Kind(v)}");

    private static string Parent(string path) => path.Contains('.') ? path[..path.LastIndexOf('.')] : "the resource";

    private static string Kind(JsonElement v) => v.ValueKind.ToString().ToLowerInvariant();

    private sealed class InvalidResponse(string message) : Exception(message);
}
