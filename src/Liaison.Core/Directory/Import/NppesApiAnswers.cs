using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>One provider of an NPI Registry API answer: the line its object starts on, its place among the file's providers, its JSON.</summary>
internal readonly record struct NppesApiResult(long Line, long Position, ReadOnlyMemory<byte> Json);

/// <summary>
/// The providers of saved NPI Registry API answers: one answer (<c>{"result_count": …, "results": […]}</c>), a JSON
/// array of answers, or one answer a line (NDJSON, as a script that pages through the API saves them). An error answer
/// (<c>{"Errors": [{"description", "field", "number"}]}</c>) and an answer whose <c>result_count</c> says more providers
/// than its <c>results</c> hold are reported on their line; a lone result object is read as one provider.
/// </summary>
internal sealed class NppesApiAnswers
{
    public List<NppesApiResult> Results { get; } = [];
    public List<RowError> Problems { get; } = [];

    /// <summary>Reads <paramref name="bytes"/>; the problem that leaves nothing to import (not JSON, one error answer), or null.</summary>
    public static (NppesApiAnswers? Answers, string? Problem) Read(byte[] bytes)
    {
        var answers = new NppesApiAnswers();
        try
        {
            answers.Document(bytes, 1);
        }
        catch (JsonException e)
        {
            if (!JsonLines.FirstLineIsOneObject(bytes)) return (null, $"line {(e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message.Split(" LineNumber:")[0]})");
            answers = new NppesApiAnswers();
            answers.Lines(bytes);
        }
        if (answers.Results.Count == 0 && answers.Problems is [{ Column: "Errors" } only]) return (null, $"line {only.Line}: {only.Reason}");
        if (answers.Results.Count == 0 && answers.Problems.Count > 0 && answers.Problems.TrueForAll(p => p.Column == "(answer)"))
            return (null, answers.Problems[0].Reason);
        return (answers, null);
    }

    private void Lines(byte[] bytes)
    {
        var (start, line) = (0, 1L);
        while (start < bytes.Length)
        {
            var end = bytes.AsSpan(start).IndexOf((byte)'\n') is var n and >= 0 ? start + n : bytes.Length;
            if (bytes.AsSpan(start, end - start).Trim(" \t\r"u8).Length > 0)
            {
                try { Document(bytes.AsMemory(start, end - start).ToArray(), line); }
                catch (JsonException e) { Problems.Add(new(line, "(line)", $"not valid JSON ({e.Message.Split(" LineNumber:")[0]})")); }
            }
            (start, line) = (end + 1, line + 1);
        }
    }

    /// <summary>The JSON values of <paramref name="bytes"/> (one, or several one after another), the first on <paramref name="firstLine"/>.</summary>
    private void Document(byte[] bytes, long firstLine)
    {
        var lines = new LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowMultipleValues = true });
        var values = 0;
        while (reader.Read())
        {
            values++;
            if (reader.TokenType == JsonTokenType.StartObject) Answer(ref reader, bytes, lines, firstLine);
            else if (reader.TokenType == JsonTokenType.StartArray)
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject) Answer(ref reader, bytes, lines, firstLine);
                    else NotAnAnswer(ref reader, lines, firstLine);
                }
            else NotAnAnswer(ref reader, lines, firstLine);
        }
        if (values == 0) throw new JsonException("the file holds no JSON value", null, 0, 0);
    }

    private void NotAnAnswer(ref Utf8JsonReader reader, LineCounter lines, long firstLine)
    {
        Problems.Add(new(firstLine - 1 + lines.At(reader.TokenStartIndex), "(answer)", "not an NPI Registry API answer: expected a JSON object with \"results\""));
        reader.Skip();
    }

    /// <summary>The answer object the reader stands on (its StartObject): its results, its errors, or itself as one result.</summary>
    private void Answer(ref Utf8JsonReader reader, byte[] bytes, LineCounter lines, long firstLine)
    {
        var (start, depth) = ((int)reader.TokenStartIndex, reader.CurrentDepth);
        var line = firstLine - 1 + lines.At(start);
        long? claimed = null;
        var claimedLine = line;
        var (given, sawResults, isResult) = (0, false, false);
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != depth + 1) continue;
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "results" when reader.TokenType == JsonTokenType.StartArray:
                    sawResults = true;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var at = (int)reader.TokenStartIndex;
                        reader.Skip();
                        given++;
                        Results.Add(new(firstLine - 1 + lines.At(at), Results.Count + 1, bytes.AsMemory(at, (int)reader.BytesConsumed - at)));
                    }
                    break;
                case "result_count" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var count):
                    (claimed, claimedLine) = (count, firstLine - 1 + lines.At(reader.TokenStartIndex));
                    break;
                case "Errors":
                    using (var errors = JsonDocument.ParseValue(ref reader))
                        Problems.Add(new(line, "Errors", ErrorText(errors.RootElement)));
                    break;
                case "number":
                    isResult = true;
                    reader.Skip();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        if (isResult && !sawResults) Results.Add(new(line, Results.Count + 1, bytes.AsMemory(start, (int)reader.BytesConsumed - start)));
        else if (!sawResults && !Problems.Exists(p => p.Line == line && p.Column == "Errors"))
            Problems.Add(new(line, "(answer)", "not an NPI Registry API answer: the object has no \"results\" array"));
        if (claimed > given)
            Problems.Add(new(claimedLine, "result_count", $"result_count says {claimed:N0} providers but results holds {given:N0}: the answer was cut short, and the " +
                $"{claimed - given:N0} missing cannot be imported (the {given:N0} given are)"));
    }

    private static string ErrorText(JsonElement errors)
    {
        var said = errors.ValueKind != JsonValueKind.Array ? [] : errors.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e =>
        {
            string? Get(string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return $"“{Get("description")}”" + (Get("field") is { } f ? $" (field {f}" + (Get("number") is { } n ? $", error {n})" : ")") : "");
        }).ToList();
        return $"the NPI Registry answered with an error, not providers: {(said.Count == 0 ? "no description" : string.Join("; ", said))}";
    }
}
