using System.Text;

namespace Liaison.Core.Directory.Prescribing;

/// <summary>
/// RFC 4180 fields of a CSV stream, one record at a time, with the physical line each record starts on (a quoted
/// field may span lines). Streams: memory is one record. After a stray quote has run a record on over several lines,
/// <see cref="RereadAfterFirstLine"/> reads those lines again as records of their own.
/// </summary>
internal sealed class CsvLines(TextReader reader)
{
    private long _line = 1;
    private long _start;
    // The raw text of the current record after its first line break (inside quotes), kept only when there is one.
    private StringBuilder? _spill;
    private string _replay = "";
    private int _replayAt;

    /// <summary>Whether the last record ran over a line break inside quotes.</summary>
    public bool SpannedLines => _spill is not null;

    /// <summary>The next record, or null at the end; <paramref name="startLine"/> is its first physical line.</summary>
    public List<string>? Next(out long startLine)
    {
        startLine = _start = _line;
        _spill = null;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                if (!any) return null;
                fields.Add(field.ToString());
                return fields;
            }
            any = true;
            var ch = (char)c;
            _spill?.Append(ch);
            if (quoted)
            {
                if (ch == '"')
                {
                    if (Peek() == '"') { _spill?.Append((char)Read()); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n')
                    {
                        _line++;
                        _spill ??= new StringBuilder();
                    }
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    _line++;
                    fields.Add(field.ToString());
                    return fields;
                default:
                    field.Append(ch);
                    break;
            }
        }
    }

    /// <summary>Reads the lines after the first line of the last record again, as records of their own.</summary>
    public void RereadAfterFirstLine()
    {
        if (_spill is null) return;
        _replay = string.Concat(_spill.ToString(), _replay.AsSpan(_replayAt));
        _replayAt = 0;
        _line = _start + 1;
        _spill = null;
    }

    private int Read() => _replayAt < _replay.Length ? _replay[_replayAt++] : reader.Read();

    private int Peek() => _replayAt < _replay.Length ? _replay[_replayAt] : reader.Peek();
}
