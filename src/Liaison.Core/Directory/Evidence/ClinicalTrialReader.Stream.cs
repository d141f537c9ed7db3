using System.Text;
using System.Text.Json;

namespace Liaison.Core.Directory.Evidence;

// Reading a file of studies in constant memory: a page's studies are cut out of the text one at a time.
public static partial class ClinicalTrialReader
{
    private const string NotAStudyOrPage = "expected a study object or a page {\"studies\": [...]}";

    /// <summary>Reads every study of <paramref name="raw"/> (see <see cref="Read(Stream)"/>).</summary>
    public static List<Parsed<ClinicalTrialRecord>> Read(byte[] raw)
    {
        using var stream = new MemoryStream(raw, writable: false);
        return Read(stream).ToList();
    }

    /// <summary>
    /// Reads the studies of a seekable stream: one study (<c>{"protocolSection": …}</c>, read whole), a page of the
    /// studies endpoint (<c>{"studies": [...], "nextPageToken": …}</c>) or a bare array of studies (pages a user collected).
    /// A page's or array's studies are cut out of the text as they come and parsed one at a time, so memory is the largest
    /// study, not the file (the whole file, its parsed form and an index of its lines took five times its size). A file
    /// that is not JSON, or not a study or page, throws where that is seen, after the studies before it.
    /// </summary>
    public static IEnumerable<Parsed<ClinicalTrialRecord>> Read(Stream stream) => Read(() =>
    {
        stream.Position = 0;
        return stream;
    }, owned: false);

    /// <summary>
    /// Reads the studies of the file <paramref name="path"/>, gzip-compressed or not (see <see cref="Read(Stream)"/>): a
    /// compressed file is opened again where a plain one would be read again from its start.
    /// </summary>
    public static IEnumerable<Parsed<ClinicalTrialRecord>> Read(string path) => Read(() => Common.PublishedFile.Open(path), owned: true);

    /// <summary>The studies of the text <paramref name="open"/> gives from its start each time it is called (it is read twice).</summary>
    private static IEnumerable<Parsed<ClinicalTrialRecord>> Read(Func<Stream> open, bool owned)
    {
        var head = new byte[4096];
        var stream = open();
        try
        {
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (Common.TextInput.Problem(head.AsSpan(0, n)) is { } unreadable) throw new SourceFormatException(new(1, "$", unreadable));
        }
        finally { if (owned) stream.Dispose(); }
        stream = open();
        try
        {
            var json = new JsonChunks(Utf8(stream));
            var page = json.Start();
            if (page is null)
            {
                if (owned) stream.Dispose();
                stream = open();
                yield return WholeStudy(stream);
                yield break;
            }
            var name = page.Value ? "studies" : "";
            var count = 0;
            while (json.NextElement() is (var element, var line))
            {
                using var document = JsonDocument.Parse(element);
                // A bare array is taken for studies when its first entry is one.
                if (count == 0 && !page.Value && !(document.RootElement is { ValueKind: JsonValueKind.Object } first && first.TryGetProperty("protocolSection", out _)))
                    throw new SourceFormatException(new(1, "$", NotAStudyOrPage));
                yield return Parse(document.RootElement, $"{name}[{count++}].", line);
            }
            if (count == 0 && !page.Value) throw new SourceFormatException(new(1, "$", NotAStudyOrPage));
            json.Finish(page.Value);
        }
        finally { if (owned) stream.Dispose(); }
    }

    private static Parsed<ClinicalTrialRecord> WholeStudy(Stream stream)
    {
        using var text = new MemoryStream();
        using (var utf8 = Utf8(stream)) utf8.CopyTo(text);
        var bytes = text.GetBuffer().AsMemory(0, (int)text.Length);
        if (bytes.Span.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        JsonDocument document;
        try { document = JsonDocument.Parse(bytes); }
        catch (JsonException e) { throw NotJson(e); }
        using (document) return Parse(document.RootElement, "", 1);
    }

    /// <summary>The file as UTF-8, stray Latin-1 bytes of a re-saved file turned into their characters (<see cref="Common.TextInput"/>).</summary>
    private static Stream Utf8(Stream stream) => Encoding.CreateTranscodingStream(stream, Common.TextInput.Utf8OrLatin1, Encoding.UTF8, leaveOpen: true);

    private static SourceFormatException NotJson(JsonException e) =>
        new(new((e.LineNumber ?? 0) + 1, e.Path is { Length: > 0 } path ? path : "$", $"the file is not valid JSON: {e.Message}"));

    /// <summary>JSON text read in chunks, a complete piece at a time, with the line each piece starts on.</summary>
    private sealed class JsonChunks(Stream utf8)
    {
        private byte[] _buffer = new byte[1 << 16];
        private int _pos, _end;
        private bool _final, _started;
        private JsonReaderState _state;
        private long _line = 1; // the line _pos is on

        private delegate bool Step(ref Utf8JsonReader reader);

        /// <summary>True: a page, standing in its "studies" array; false: a bare array; null: one study (read it whole).</summary>
        public bool? Start()
        {
            var array = false;
            Run((ref Utf8JsonReader r) =>
            {
                if (!r.Read()) return false;
                if (r.TokenType is not (JsonTokenType.StartArray or JsonTokenType.StartObject)) throw new SourceFormatException(new(1, "$", NotAStudyOrPage));
                array = r.TokenType == JsonTokenType.StartArray;
                return true;
            });
            if (array) return false;
            while (NextProperty(start: true) is { } name)
                if (name == "protocolSection") return null;
                else if (name == "studies") return true;
            throw new SourceFormatException(new(1, "$", "neither \"protocolSection\" (one study) nor \"studies\" (a page) is present"));
        }

        /// <summary>The next entry of the array the reader stands in, as its own JSON text, and its line; null at the array's end.</summary>
        public (byte[] Json, long Line)? NextElement()
        {
            (byte[], long)? element = null;
            Run((ref Utf8JsonReader r) =>
            {
                if (!r.Read()) return false;
                if (r.TokenType == JsonTokenType.EndArray) return true;
                var start = (int)r.TokenStartIndex;
                if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !r.TrySkip()) return false;
                element = (_buffer.AsSpan(_pos + start, (int)r.BytesConsumed - start).ToArray(), LineAt(start));
                return true;
            });
            return element;
        }

        /// <summary>Reads the rest of the file (the page's other properties), which must end the JSON value.</summary>
        public void Finish(bool page)
        {
            if (page) while (NextProperty(start: false) is not null) { }
            Run((ref Utf8JsonReader r) => r.Read() ? throw new SourceFormatException(new(LineAt((int)r.TokenStartIndex), "$",
                "the file goes on after its JSON value")) : _final);
        }

        /// <summary>
        /// The next property name of the root object, its value skipped, except at the <paramref name="start"/>: "studies" (which
        /// must be an array: the reader then stands in it) and "protocolSection" are not skipped; null at the end of the object.
        /// </summary>
        private string? NextProperty(bool start)
        {
            string? name = null;
            Run((ref Utf8JsonReader r) =>
            {
                if (!r.Read()) return false;
                if (r.TokenType == JsonTokenType.EndObject) return true;
                var property = r.GetString()!;
                if (start && property == "protocolSection") { name = property; return true; }
                if (!start || property != "studies")
                {
                    if (!r.TrySkip()) return false;
                    name = property;
                    return true;
                }
                if (!r.Read()) return false;
                if (r.TokenType != JsonTokenType.StartArray)
                    throw new SourceFormatException(new(LineAt((int)r.TokenStartIndex), "studies", "\"studies\" must be an array"));
                name = property;
                return true;
            });
            return name;
        }

        /// <summary>Runs <paramref name="step"/> on the text read so far, reading more until it completes; then moves past what it read.</summary>
        private void Run(Step step)
        {
            while (true)
            {
                if (!_started) Fill();
                var reader = new Utf8JsonReader(_buffer.AsSpan(_pos, _end - _pos), _final, _state);
                bool done;
                try { done = step(ref reader); }
                catch (JsonException e) { throw NotJson(e); }
                if (done)
                {
                    var consumed = (int)reader.BytesConsumed;
                    _line += _buffer.AsSpan(_pos, consumed).Count((byte)'\n');
                    (_pos, _state) = (_pos + consumed, reader.CurrentState);
                    return;
                }
                if (_final) throw new SourceFormatException(new(_line, "$", "the file is not valid JSON: it ends inside a value (a cut-off file?)"));
                Fill();
            }
        }

        private long LineAt(int offset) => _line + _buffer.AsSpan(_pos, offset).Count((byte)'\n');

        private void Fill()
        {
            if (_pos > 0)
            {
                Buffer.BlockCopy(_buffer, _pos, _buffer, 0, _end - _pos);
                (_end, _pos) = (_end - _pos, 0);
            }
            if (_end == _buffer.Length) System.Array.Resize(ref _buffer, _buffer.Length * 2);
            do
            {
                var n = utf8.Read(_buffer, _end, _buffer.Length - _end);
                if (n == 0) _final = true;
                _end += n;
            } while (!_started && _end < 3 && !_final);
            if (!_started && _buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8)) _pos = 3;
            _started = true;
        }
    }
}
