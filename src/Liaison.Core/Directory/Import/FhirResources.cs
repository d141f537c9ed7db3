using System.Text;
using System.Text.Json;
using Liaison.Core.Common;

namespace Liaison.Core.Directory.Import;

/// <summary>One resource of a FHIR file: the line it starts on, its position (what a checkpoint records), and in a Bundle its entry.</summary>
internal readonly record struct FhirResourceText(long Line, long Position, int? Entry, string? FullUrl, ReadOnlyMemory<byte> Json);

/// <summary>
/// The resources of an NDJSON file or a Bundle, PractitionerRoles last: a role reaches only the practitioners and
/// organisations read before it, and a file need not list them first (a search Bundle with <c>_include</c> gives the
/// matched roles, then the included practitioners and organisations; a bulk export may mix the types in one file).
/// The roles' positions follow every other resource's, so a checkpoint still grows with the reading.
/// </summary>
internal static class FhirResources
{
    public static IEnumerable<FhirResourceText> InDependencyOrder(string path, bool ndjson)
    {
        var bundle = ndjson ? null : BundleEntries(TextInput.Utf8Bytes(PublishedBytes.ReadAll(path)));
        IEnumerable<FhirResourceText> All() => bundle ?? NdjsonLines(path);
        long last = 0;
        var roles = false;
        foreach (var r in All())
        {
            last = r.Position;
            if (IsRole(r.Json.Span)) roles = true;
            else yield return r;
        }
        if (!roles) yield break;
        foreach (var r in All())
            if (IsRole(r.Json.Span)) yield return r with { Position = last + r.Position };
    }

    /// <summary>Whether the JSON object's top-level resourceType is PractitionerRole (false for anything unreadable).</summary>
    internal static bool IsRole(ReadOnlySpan<byte> json) => TypeOf(json) == "PractitionerRole";

    /// <summary>
    /// Why a Bundle read as one resource (an entry's resource, or an NDJSON line) is not imported, naming its entries; null
    /// for any other resource. Its entries are not read: their lines, positions (a resumed import's checkpoint) and FHIRPaths
    /// are the outer file's, so it is imported as its own file.
    /// </summary>
    internal static string? NestedBundle(ReadOnlyMemory<byte> json, bool inBundle)
    {
        if (TypeOf(json.Span) != "Bundle") return null;
        int entries;
        try
        {
            using var document = JsonDocument.Parse(json);
            entries = document.RootElement.TryGetProperty("entry", out var entry) && entry.ValueKind == JsonValueKind.Array ? entry.GetArrayLength() : 0;
        }
        catch (JsonException) { return null; }
        var where = inBundle ? "a Bundle inside a Bundle" : "a Bundle on an NDJSON line";
        return $"{where}: its {entries} {(entries == 1 ? "entry was" : "entries were")} not read; import it as its own file";
    }

    /// <summary>The JSON object's top-level resourceType, or null for anything unreadable.</summary>
    private static string? TypeOf(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("resourceType");
                reader.Read();
                if (isType) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
        }
        catch (JsonException) { }
        return null;
    }

    /// <summary>
    /// The resourceType of an NDJSON file's first resource, or null when it cannot be read: a bulk-export server may name
    /// its files by a UUID rather than by the type they hold (one type a file, in the Bulk Data Access specification).
    /// </summary>
    internal static string? FirstType(string path)
    {
        try { return NdjsonLines(path).Select(r => TypeOf(r.Json.Span)).FirstOrDefault(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static IEnumerable<FhirResourceText> NdjsonLines(string path)
    {
        using var reader = TextInput.Reader(PublishedFile.Open(path));
        long n = 0;
        while (reader.ReadLine() is { } text)
        {
            n++;
            if (!string.IsNullOrWhiteSpace(text)) yield return new(n, n, null, null, Encoding.UTF8.GetBytes(text));
        }
    }

    /// <summary>The file's name without a gzip suffix: <c>Practitioner.ndjson.gz</c> is NDJSON.</summary>
    internal static string Uncompressed(string name) => name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;

    private static List<FhirResourceText> BundleEntries(byte[] bytes)
    {
        var found = new List<FhirResourceText>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        using (var doc = JsonDocument.Parse(bytes))
            if (!doc.RootElement.TryGetProperty("resourceType", out var type) || type.GetString() != "Bundle")
                return [new(1, 1, null, null, bytes)];
        var lines = new LineCounter(bytes);
        // Walk to "entry": [...] at depth 1, then to each entry's "resource" object.
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1 || !reader.ValueTextEquals("entry")) continue;
            reader.Read();
            var index = -1;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                index++;
                var entryStart = reader.TokenStartIndex;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    // A null or a value where an entry should be: reported like an entry without a resource, the entries after it still read.
                    reader.Skip();
                    found.Add(new(lines.At(entryStart), index + 1, index, null, ReadOnlyMemory<byte>.Empty));
                    continue;
                }
                var depth = reader.CurrentDepth;
                string? fullUrl = null;
                ReadOnlyMemory<byte>? resource = null;
                while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
                {
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("resource"))
                    {
                        reader.Read();
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        // "resource": null is no resource.
                        if (reader.TokenType != JsonTokenType.Null) resource = bytes.AsMemory(start, (int)reader.BytesConsumed - start);
                    }
                    else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("fullUrl"))
                    {
                        reader.Read();
                        fullUrl = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }
                    else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
                }
                // An entry without a resource is kept (empty) to be reported, not dropped unseen.
                found.Add(new(lines.At(entryStart), index + 1, index, fullUrl, resource ?? ReadOnlyMemory<byte>.Empty));
            }
            break;
        }
        return found;
    }
}
