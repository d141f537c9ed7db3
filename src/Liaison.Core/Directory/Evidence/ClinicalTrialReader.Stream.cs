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
    /// Reads the studies of a seekable stream: one study (<c>{"protocolSection": …}</c>), a page of the studies endpoint
    /// (<c>{"studies": [...], "nextPageToken": …}</c>) or a bare array of studies (pages a user collected), or several of
    /// these one after another (pages saved one after another, one study a line as NDJSON). A study, or a page's or array's
    /// studies, are cut out of the text as they come and parsed one at a time, so memory is the largest study, not the file
    /// (the whole file, its parsed form and an index of its lines took five times its size). A file that is not JSON, or a
    /// value that is not a study or page, throws where that is seen, after the studies before it.
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
            // Values one after another (pages saved one after another, or one study a line as NDJSON) are read in turn.
            var json = new JsonChunks(Utf8(stream));
            for (var values = 0; json.Start(first: values++ == 0) is { } value;)
            {
                if (value == TopLevel.Study)
                {
                    var (text, at) = json.NextElement()!.Value;
                    using var study = JsonDocument.Parse(text);
                    yield return Parse(study.RootElement, "", at);
                    continue;
                }
                var page = value == TopLevel.Page;
                var name = page ? "studies" : "";
                var count = 0;
                while (json.NextElement() is (var element, var line))
                {
                    using var document = JsonDocument.Parse(element);
                    // A bare array is taken for studies when its first entry is one.
                    if (count == 0 && !page && !(document.RootElement is { ValueKind: JsonValueKind.Object } first && first.TryGetProperty("protocolSection", out _)))
                        throw new SourceFormatException(new(line, "$", NotAStudyOrPage));
                    yield return Parse(document.RootElement, $"{name}[{count++}].", line);
                }
                if (count == 0 && !page) throw new SourceFormatException(new(json.Line, "$", NotAStudyOrPage));
                if (page) json.FinishPage();
            }
        }
        finally { if (owned) stream.Dispose(); }
    }

    private enum TopLevel { Study, Page, Array }

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
        private JsonReaderState _state = new(new JsonReaderOptions { AllowMultipleValues = true });
        private long _line = 1; // the line _pos is on

        private delegate bool Step(ref Utf8JsonReader reader);

        /// <summary>The line the text read so far ends on.</summary>
        public long Line => _line;

        /// <summary>
        /// What the next value is: a page (the reader then stands in its "studies" array), a bare array (standing in it) or one
        /// study (read it with <see cref="NextElement"/>); null at the end of the text, after the <paramref name="first"/> value.
        /// </summary>
        public TopLevel? Start(bool first)
        {
            TopLevel? value = null;
            long line = 0;
            // Looked at without moving past it: a study is then cut out whole, a page entered.
            Run((ref Utf8JsonReader r) =>
            {
                if (!r.Read()) return !first && _final;
                line = LineAt((int)r.TokenStartIndex);
                if (r.TokenType == JsonTokenType.StartArray) value = TopLevel.Array;
                else if (r.TokenType != JsonTokenType.StartObject) throw new SourceFormatException(new(line, "$", NotAStudyOrPage));
                else
                    while (value is null)
                    {
                        if (!r.Read()) return false;
                        if (r.TokenType == JsonTokenType.EndObject) throw new SourceFormatException(new(line, "$",
                            "neither \"protocolSection\" (one study) nor \"studies\" (a page) is present"));
                        var name = r.GetString();
                        if (name == "protocolSection") value = TopLevel.Study;
                        else if (name == "studies") value = TopLevel.Page;
                        else if (!r.TrySkip()) return false;
                    }
                return true;
            }, move: false);
            if (value == TopLevel.Array) Run((ref Utf8JsonReader r) => r.Read());
            else if (value == TopLevel.Page)
            {
                Run((ref Utf8JsonReader r) => r.Read());
                while (NextProperty(start: true) is not "studies") { }
            }
            return value;
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

        /// <summary>Reads the rest of the page (its other properties) to the end of its object.</summary>
        public void FinishPage()
        {
            while (NextProperty(start: false) is not null) { }
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

        /// <summary>
        /// Runs <paramref name="step"/> on the text read so far, reading more until it completes; then moves past what it read,
        /// unless it only looked (<paramref name="move"/> false).
        /// </summary>
        private void Run(Step step, bool move = true)
        {
            while (true)
            {
                if (!_started) Fill();
                var reader = new Utf8JsonReader(_buffer.AsSpan(_pos, _end - _pos), _final, _state);
                bool done;
                try { done = step(ref reader); }
                catch (JsonException e) { throw NotJson(e); }
                if (done && !move) return;
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
