using System.Text;

namespace Liaison.Core.Directory.Prescribing;

/// <summary>
/// RFC 4180 fields of a CSV stream, one record at a time, with the physical line each record starts on (a quoted
/// field may span lines). Streams: memory is one record.
/// </summary>
internal sealed class CsvLines(TextReader reader)
{
    private long _line = 1;

    /// <summary>The next record, or null at the end; <paramref name="startLine"/> is its first physical line.</summary>
    public List<string>? Next(out long startLine)
    {
        startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (!any) return null;
                fields.Add(field.ToString());
                return fields;
            }
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') _line++;
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
}
