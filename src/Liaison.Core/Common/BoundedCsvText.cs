using System.Text;
using nietras.SeparatedValues;

namespace Liaison.Core.Common;

/// <summary>
/// Comma-separated text on its way to the parser, with no record longer than a limit. The parser (Sep) reads every
/// quote as opening or closing a field, so a stray quote runs its row on to the next quote, in an all-quoted file to
/// the end of the file, and holds all of it in memory. Here a record whose quoted field crosses a line break is held
/// back until it ends: it goes on whole if it ends within the limit with the header's fields and every quote where
/// RFC 4180 puts one (a value with a line break in it); otherwise only its first line goes on, closed by a quote so that
/// the parser ends the row there, that line is reported by <see cref="Runaway"/>, and the lines after it are read again
/// as records of their own. Memory is the limit, whatever the file's size.
/// </summary>
internal sealed class BoundedCsvText(TextReader inner, int limit) : TextReader
{
    private readonly char[] _chunk = new char[1 << 14];
    private int _chunkAt, _chunkEnd;
    private bool _innerDone;
    // Lines given back after a cut, read before the rest of the input.
    private string _replay = "";
    private int _replayAt;
    private string? _giveBack;
    private readonly StringBuilder _out = new();
    private int _outAt;
    // The current record: its first line (kept while it is the only one), and its text from the first line break in quotes.
    private readonly StringBuilder _first = new();
    private readonly StringBuilder _held = new();
    private int _recordChars;
    private long _recordLine = 1, _lineNumber = 1;
    private bool _quoted, _afterCr;
    // The header's named fields and all its fields (a trailing comma adds one): the shapes a record held over lines may have.
    private (int Named, int All)? _width;
    private readonly Queue<(long Line, string Reason)> _runaways = new();

    /// <summary>The most characters of one record held back at once.</summary>
    public int MostHeld { get; private set; }

    /// <summary>A reader of this text's rows: comma-separated, unescaped, any number of fields (the importers report misfits).</summary>
    public SepReader Rows(bool hasHeader = true) => Options(hasHeader).From(this);

    private static SepReaderOptions Options(bool hasHeader) =>
        Sep.New(',').Reader(o => o with { HasHeader = hasHeader, Unescape = true, DisableColCountCheck = true });

    /// <summary>Why the row that starts on <paramref name="line"/> is a stray quote's first line (skip it), or null.</summary>
    public string? Runaway(long line)
    {
        while (_runaways.TryPeek(out var r) && r.Line < line) _runaways.Dequeue();
        return _runaways.TryPeek(out var next) && next.Line == line ? _runaways.Dequeue().Reason : null;
    }

    public override int Peek() => Fill() ? _out[_outAt] : -1;

    public override int Read() => Fill() ? _out[_outAt++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill()) return 0;
        var n = Math.Min(buffer.Length, _out.Length - _outAt);
        _out.CopyTo(_outAt, buffer[..n], n);
        _outAt += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private string PastLimit => $"an unbalanced quote runs this row on past {limit:N0} characters, longer than any record of this layout: "
        + "the row is skipped and the lines after its first are read on their own";

    /// <summary>Makes text ready for the parser; false at the end.</summary>
    private bool Fill()
    {
        if (_outAt == _out.Length) (_out.Length, _outAt) = (0, 0);
        while (_out.Length < _chunk.Length && ScanMore()) { }
        return _outAt < _out.Length;
    }

    /// <summary>Reads on from the lines given back, else from the input; false once both are done and nothing is held.</summary>
    private bool ScanMore()
    {
        if (_replayAt < _replay.Length) _replayAt += Scan(_replay.AsSpan(_replayAt));
        else
        {
            if (_chunkAt == _chunkEnd && !_innerDone)
            {
                (_chunkAt, _chunkEnd) = (0, inner.Read(_chunk));
                _innerDone = _chunkEnd == 0;
            }
            if (_chunkAt < _chunkEnd) _chunkAt += Scan(_chunk.AsSpan(_chunkAt, _chunkEnd - _chunkAt));
            else if (_held.Length > 0) EndRecord(); // the text ends inside a held record
            else return false;
        }
        if (_giveBack is not null)
        {
            _replay = string.Concat(_giveBack, _replay.AsSpan(_replayAt));
            (_replayAt, _giveBack) = (0, null);
        }
        return true;
    }

    /// <summary>Reads a stretch of text up to a line break, and that line break; returns how much it used.</summary>
    private int Scan(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny('\r', '\n');
        var line = end < 0 ? text : text[..end];
        if (!line.IsEmpty) _afterCr = false;
        if (_held.Length > 0 && _recordChars + line.Length + (end < 0 ? 0 : 1) > limit)
        {
            // Past the limit: what fits is held, then the record is cut and the rest read again after its first line.
            var fits = Math.Min(line.Length, limit - _recordChars);
            Take(line[..fits]);
            Cut(PastLimit);
            return fits;
        }
        if (line.Count('"') % 2 == 1) _quoted = !_quoted;
        Take(line);
        if (end < 0) return text.Length;
        var c = text[end];
        if (c == '\n' && _afterCr)
        {
            // The second half of \r\n: the line break was counted at the \r.
            _afterCr = false;
            Append(c);
            return end + 1;
        }
        _afterCr = c == '\r';
        _lineNumber++;
        if (!_quoted)
        {
            Append(c);
            EndRecord();
        }
        else if (_held.Length == 0 && _recordChars + 1 > limit) CutFirstLine(c);
        else Hold(text.Slice(end, 1)); // a line break inside quotes: from here the record is held until it ends
        return end + 1;
    }

    /// <summary>Text of the current record: held, or sent on (and kept as its first line while it has one line).</summary>
    private void Take(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        if (_held.Length > 0)
        {
            Hold(text);
            return;
        }
        _recordChars += text.Length;
        _out.Append(text);
        if (_recordChars <= limit) _first.Append(text);
    }

    private void Hold(ReadOnlySpan<char> text)
    {
        _recordChars += text.Length;
        _held.Append(text);
        MostHeld = Math.Max(MostHeld, _held.Length);
    }

    /// <summary>A line break that ends a line of the record held, else goes on.</summary>
    private void Append(char lineBreak)
    {
        if (_held.Length > 0) Hold([lineBreak]);
        else _out.Append(lineBreak);
    }

    /// <summary>A record has ended (a line break outside quotes, or the end of the text): it goes on whole, or is cut.</summary>
    private void EndRecord()
    {
        if (_held.Length > 0)
        {
            var record = string.Concat(_first.ToString(), _held.ToString());
            if (_width is { } width && !Fits(record, width))
            {
                Cut("an unbalanced quote runs this row on into the lines after it, where it does not have the header's fields: "
                    + "the row is skipped and those lines are read on their own");
                return;
            }
            if (!WellQuoted(record))
            {
                // With the header's fields it may still be two stray quotes in one column a few lines apart: its start from the
                // first line and its end from the other, a payment or a claim under another row's NPI. A value held over lines
                // is only ever one quoted from its start, with its own quotes doubled.
                Cut("a quote inside a value (not doubled, or not at the value's start) runs this row on into the lines after it: "
                    + "the row is skipped and those lines are read on their own");
                return;
            }
            _out.Append(_held);
        }
        // The first record is the header: its named fields are the width every record is held to.
        _width ??= HeaderWidth(string.Concat(_first.ToString(), _held.ToString()));
        Reset(_lineNumber);
    }

    /// <summary>Sends on the held record's first line, closed by a quote, and gives back the lines after it.</summary>
    private void Cut(string reason)
    {
        var terminator = _held.Length > 1 && _held[0] == '\r' && _held[1] == '\n' ? 2 : 1;
        _out.Append('"').Append(_held, 0, terminator);
        _giveBack = _held.ToString(terminator, _held.Length - terminator);
        var openCr = _held.Length == 1 && _held[0] == '\r'; // its \n may come next
        _runaways.Enqueue((_recordLine, reason));
        Reset(_recordLine + 1);
        _afterCr = openCr;
    }

    /// <summary>A first line already past the limit that breaks inside quotes: it goes on closed, and nothing is held.</summary>
    private void CutFirstLine(char lineBreak)
    {
        _out.Append('"').Append(lineBreak);
        _runaways.Enqueue((_recordLine, PastLimit));
        Reset(_lineNumber);
    }

    private void Reset(long nextLine)
    {
        _first.Clear();
        _held.Clear();
        (_recordChars, _quoted, _recordLine, _lineNumber) = (0, false, nextLine, nextLine);
    }

    private static SepReader Parse(string record) => Options(hasHeader: false).FromText(record);

    /// <summary>
    /// Whether a record held over several lines has exactly the header's fields. Empty fields past the header are not
    /// allowed here as they are on one line: two stray quotes a few lines apart make one record with more fields than the
    /// header, and in a file whose rows end in empty fields (NPPES) all the extra ones are empty.
    /// </summary>
    private static bool Fits(string record, (int Named, int All) width)
    {
        using var reader = Parse(record);
        return !reader.MoveNext() || reader.Current.ColCount == width.Named || reader.Current.ColCount == width.All;
    }

    /// <summary>
    /// Whether every quote of a record is where RFC 4180 puts one: opening a value at its start, doubled inside a quoted
    /// value, or closing it before a comma or line break.
    /// </summary>
    internal static bool WellQuoted(ReadOnlySpan<char> record)
    {
        var state = Quote.FieldStart;
        foreach (var c in record)
        {
            state = (state, c) switch
            {
                (Quote.FieldStart, '"') => Quote.Inside,
                (Quote.FieldStart or Quote.Unquoted or Quote.Closed, ',' or '\r' or '\n') => Quote.FieldStart,
                (Quote.Unquoted, '"') => Quote.Broken,
                (Quote.FieldStart or Quote.Unquoted, _) => Quote.Unquoted,
                (Quote.Inside, '"') => Quote.Closed,
                (Quote.Inside, _) => Quote.Inside,
                (Quote.Closed, '"') => Quote.Inside, // a doubled quote
                _ => Quote.Broken,
            };
            if (state == Quote.Broken) return false;
        }
        return state != Quote.Inside;
    }

    private enum Quote
    {
        FieldStart,
        Unquoted,
        Inside,
        Closed,
        Broken,
    }

    private static (int Named, int All) HeaderWidth(string header)
    {
        using var reader = Parse(header);
        if (!reader.MoveNext()) return (0, 0);
        var fields = CsvRowShape.Texts(reader.Current);
        return (CsvRowShape.NamedWidth(fields), fields.Length);
    }
}
