using System.Text;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Splits a CSV line, as UTF-8 bytes without its line end, into a known number of fields without copying it. A line
/// with a quote is split by <see cref="CsvLines.Split"/> (the reader the line locator uses) and its fields re-encoded,
/// so quoted and plain lines give the same fields.
/// </summary>
internal sealed class Utf8Fields(int count)
{
    private readonly Range[] _ranges = new Range[count + 1];
    private byte[] _unquoted = new byte[256];

    public int Count => count;

    /// <summary>False when the line does not have exactly <see cref="Count"/> fields.</summary>
    /// <param name="text">What <see cref="Field"/> takes the fields from: the line itself, or its unquoted copy.</param>
    public bool TrySplit(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> text)
    {
        if (line.IndexOf((byte)'"') < 0)
        {
            text = line;
            return SplitAtCommas(line) == count;
        }
        var fields = CsvLines.Split(Encoding.UTF8.GetString(line));
        text = default;
        if (fields.Length != count) return false;
        var length = fields.Sum(Encoding.UTF8.GetByteCount);
        if (length > _unquoted.Length) _unquoted = new byte[length * 2];
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            var n = Encoding.UTF8.GetBytes(fields[i], _unquoted.AsSpan(at));
            _ranges[i] = at..(at + n);
            at += n;
        }
        text = _unquoted.AsSpan(0, at);
        return true;
    }

    public ReadOnlySpan<byte> Field(ReadOnlySpan<byte> text, int i) => text[_ranges[i]];

    /// <summary>How many fields the line has, counting no further than one too many.</summary>
    private int SplitAtCommas(ReadOnlySpan<byte> line)
    {
        var n = 0;
        for (var start = 0; ;)
        {
            var comma = line[start..].IndexOf((byte)',');
            if (comma < 0)
            {
                _ranges[n++] = start..line.Length;
                return n;
            }
            _ranges[n++] = start..(start + comma);
            if (n == _ranges.Length) return n;
            start += comma + 1;
        }
    }
}
