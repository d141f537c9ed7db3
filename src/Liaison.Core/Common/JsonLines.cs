using System.Text.Json;

namespace Liaison.Core.Common;

/// <summary>Newline-delimited JSON (one value a line) told apart from one JSON document that fails to parse.</summary>
public static class JsonLines
{
    /// <summary>Whether the first line of <paramref name="bytes"/> is one JSON object on its own (so the file is NDJSON saved under .json).</summary>
    public static bool FirstLineIsOneObject(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf((byte)'\n');
        if (end < 0) return false;
        try
        {
            using var first = JsonDocument.Parse(bytes.AsMemory(0, end));
            return first.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException) { return false; }
    }
}
