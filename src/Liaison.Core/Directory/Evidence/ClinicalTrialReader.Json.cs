using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Liaison.Core.Common.TextCut;

namespace Liaison.Core.Directory.Evidence;

// Typed access to a study's JSON that names the path of whatever is missing or of the wrong type.
public static partial class ClinicalTrialReader
{
    private static TrialRole? Role(JsonElement o, string at, Dictionary<string, TrialRole> roles, bool required)
    {
        var text = Text(o, "role", at + ".role", required);
        if (text is null) return null;
        return roles.TryGetValue(text, out var role) ? role
            : throw new InvalidStudy(at + ".role", $"'{text}' is not one of {string.Join(", ", roles.Keys)}");
    }

    private static DateOnly? PartialDate(JsonElement status, string name, string path)
    {
        if (Object(status, name, $"{path}.{name}") is not { } s) return null;
        var text = Text(s, "date", $"{path}.{name}.date");
        if (text is null) return null;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw new InvalidStudy($"{path}.{name}.date", $"'{text}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        // 0001-01-01 or 9999-12-31 is a placeholder, not a study's date (PostgreSQL stored those two as -infinity and infinity).
        return d.Year is >= 1900 and <= 2100 ? d
            : throw new InvalidStudy($"{path}.{name}.date", $"'{text}' is not a plausible date: its year is outside 1900–2100");
    }

    private static JsonElement? Object(JsonElement parent, string name, string path, bool required = false)
    {
        MustBeObject(parent, path);
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return required ? throw new InvalidStudy(path, $"{name} is missing") : null;
        return v.ValueKind == JsonValueKind.Object ? v : throw new InvalidStudy(path, $"{name} must be an object");
    }

    private static string? Text(JsonElement parent, string name, string path, bool required = false)
    {
        MustBeObject(parent, path);
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return required ? throw new InvalidStudy(path, $"{name} is missing") : null;
        if (v.ValueKind != JsonValueKind.String) throw new InvalidStudy(path, $"{name} must be a string");
        var s = String(v, path).Trim();
        return s.Length > 0 ? s : required ? throw new InvalidStudy(path, $"{name} is empty") : null;
    }

    private static List<string> Strings(JsonElement parent, string name, string path) =>
        Array(parent, name, path).Select(x => x.Item.ValueKind != JsonValueKind.String ? throw new InvalidStudy($"{path}[{x.Index}]", "must be a string")
            : String(x.Item, $"{path}[{x.Index}]").Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>A JSON string a database can hold: a NUL (\u0000) or half a surrogate pair (\uD800 alone) is a damaged study.</summary>
    private static string String(JsonElement value, string path)
    {
        string s;
        try { s = value.GetString()!; }
        catch (InvalidOperationException) { throw new InvalidStudy(path, "the value holds half of a surrogate pair (an escape such as \\uD800 alone): a damaged file"); }
        return Common.NulCharacter.Problem(s) is { } problem ? throw new InvalidStudy(path, problem) : s;
    }

    private static IEnumerable<(JsonElement Item, int Index)> Array(JsonElement parent, string name, string path)
    {
        MustBeObject(parent, path);
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return [];
        if (v.ValueKind != JsonValueKind.Array) throw new InvalidStudy(path, $"{name} must be an array");
        return v.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.Object || e.ValueKind == JsonValueKind.String
            ? (e, i) : throw new InvalidStudy($"{path}[{i}]", "unexpected value"));
    }

    // A list entry written as a bare string or number where the v2 model has an object: named, not a crash.
    private static void MustBeObject(JsonElement parent, string path)
    {
        if (parent.ValueKind != JsonValueKind.Object)
            throw new InvalidStudy(path[..Math.Max(0, path.LastIndexOf('.'))], $"expected an object, found {parent.ValueKind.ToString().ToLowerInvariant()}");
    }

    [GeneratedRegex(@"^NCT\d{8}$")]
    private static partial Regex NctPattern();

    private sealed class InvalidStudy(string path, string message) : Exception(message)
    {
        public string Path { get; } = path;
    }
}
