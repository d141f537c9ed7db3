namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The data lines of a per-subject file (exposures, covariates) read in order as UTF-8 bytes, split in place, with
/// their physical line numbers (the header, read by <see cref="CsvLines"/>, is line 1; blank lines count and are
/// skipped, as <see cref="CsvLines"/> does). A million lines cost no strings but the ones the caller keeps.
/// </summary>
internal sealed class CsvRecords : IDisposable
{
    private readonly Stream _file;
    private readonly Utf8Fields _fields;
    private byte[] _buffer = new byte[1 << 16];
    private int _count, _at;
    private bool _end;

    public CsvRecords(CsvLines header)
    {
        // Decompressed on the way when the file is gzip or a ZIP (as CsvLines read its header).
        _file = Common.PublishedFile.Open(header.Path);
        _fields = new Utf8Fields(header.Header.Count);
        Name = header.Name;
        LineNumber = 1;
        Skip(); // the header line
    }

    public string Name { get; }
    public long LineNumber { get; private set; }

    /// <summary>
    /// The next non-blank line. When its field count is not the header's, <paramref name="fields"/> is false and
    /// <paramref name="text"/> is the whole line.
    /// </summary>
    public bool Next(out ReadOnlySpan<byte> text, out bool fields)
    {
        while (NextLine(out var line))
        {
            LineNumber++;
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            if (line.Length == 0) continue;
            fields = _fields.TrySplit(line, out text);
            if (!fields) text = line;
            return true;
        }
        text = default;
        fields = false;
        return false;
    }

    /// <summary>A problem naming how many fields a line has against the header's count.</summary>
    public InputProblem FieldCountProblem(ReadOnlySpan<byte> line) =>
        Problem($"expected {_fields.Count} fields, found {CsvLines.Split(System.Text.Encoding.UTF8.GetString(line)).Length}");

    /// <summary>A field without surrounding white space.</summary>
    public ReadOnlySpan<byte> Field(ReadOnlySpan<byte> text, int i) => OutcomeFields.Trim(_fields.Field(text, i));

    /// <summary>A field as written, for messages.</summary>
    public string RawField(ReadOnlySpan<byte> text, int i) => System.Text.Encoding.UTF8.GetString(_fields.Field(text, i));

    public InputProblem Problem(string reason) => new(Name, LineNumber, reason);

    private void Skip() => NextLine(out _);

    private bool NextLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var end = _buffer.AsSpan(_at, _count - _at).IndexOf((byte)'\n');
            if (end >= 0)
            {
                line = _buffer.AsSpan(_at, end);
                _at += end + 1;
                return true;
            }
            if (_end)
            {
                line = _buffer.AsSpan(_at, _count - _at);
                _at = _count;
                return line.Length > 0;
            }
            _buffer.AsSpan(_at, _count - _at).CopyTo(_buffer);
            (_count, _at) = (_count - _at, 0);
            if (_count == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var read = _file.Read(_buffer, _count, _buffer.Length - _count);
            _count += read;
            _end = read == 0;
        }
    }

    public void Dispose() => _file.Dispose();
}
