using System.Globalization;
using System.Text;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The rules for one field of <c>outcomes.csv</c>, on the UTF-8 bytes the file scan reads and on the text the line
/// locator reads, so that every line the scan counts as bad is a line the locator can name. The byte forms take the
/// common shapes (plain digits, one decimal point) directly and hand anything else to .NET's parser, so they accept
/// exactly what the text forms accept and give the same values.
/// </summary>
internal static class OutcomeFields
{
    private const int MaxFastDigits = 15; // below 2^53: the mantissa and 10^k are exact, so one division rounds correctly
    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static bool TryEvents(string text, out long events) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out events);

    public static bool TryExposure(string text, out double exposure) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out exposure) && double.IsFinite(exposure);

    /// <summary><c>YYYY-MM</c> as a month number (year * 12 + month − 1), as <see cref="AnalysisWindows.TryParseMonth"/>.</summary>
    public static bool TryMonth(ReadOnlySpan<byte> f, out int month)
    {
        month = 0;
        if (f.Length != 7 || f[4] != '-') return false;
        int y = 0, m = 0;
        for (var i = 0; i < 4; i++)
        {
            var d = f[i] - '0';
            if ((uint)d > 9) return false;
            y = y * 10 + d;
        }
        for (var i = 5; i < 7; i++)
        {
            var d = f[i] - '0';
            if ((uint)d > 9) return false;
            m = m * 10 + d;
        }
        if (m is < 1 or > 12 || y is < AnalysisWindows.FirstYear or > AnalysisWindows.LastYear) return false;
        month = y * 12 + m - 1;
        return true;
    }

    public static bool TryEvents(ReadOnlySpan<byte> f, out long events)
    {
        events = 0;
        if (f.Length is > 0 and <= 18)
        {
            var i = 0;
            for (; i < f.Length; i++)
            {
                var d = f[i] - '0';
                if ((uint)d > 9) break;
                events = events * 10 + d;
            }
            if (i == f.Length) return true;
        }
        return TryEvents(Encoding.UTF8.GetString(f), out events);
    }

    public static bool TryExposure(ReadOnlySpan<byte> f, out double exposure)
    {
        long mantissa = 0;
        int digits = 0, decimals = -1, i = 0;
        for (; i < f.Length && digits <= MaxFastDigits; i++)
        {
            var c = f[i];
            if (c == '.' && decimals < 0 && digits > 0) { decimals = 0; continue; }
            var d = c - '0';
            if ((uint)d > 9) break;
            mantissa = mantissa * 10 + d;
            digits++;
            if (decimals >= 0) decimals++;
        }
        if (i == f.Length && digits is > 0 and <= MaxFastDigits && decimals != 0)
        {
            exposure = decimals > 0 ? mantissa / PowersOfTen[decimals] : mantissa;
            return true;
        }
        return TryExposure(Encoding.UTF8.GetString(f), out exposure);
    }

    /// <summary>The field without the white space <see cref="string.Trim()"/> removes.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> f)
    {
        while (f.Length > 0)
        {
            if (f[0] < 0x80) { if (!IsAsciiSpace(f[0])) break; f = f[1..]; }
            else if (System.Text.Rune.DecodeFromUtf8(f, out var r, out var n) == System.Buffers.OperationStatus.Done && System.Text.Rune.IsWhiteSpace(r)) f = f[n..];
            else break;
        }
        while (f.Length > 0)
        {
            if (f[^1] < 0x80) { if (!IsAsciiSpace(f[^1])) break; f = f[..^1]; }
            else if (System.Text.Rune.DecodeLastFromUtf8(f, out var r, out var n) == System.Buffers.OperationStatus.Done && System.Text.Rune.IsWhiteSpace(r)) f = f[..^n];
            else break;
        }
        return f;
    }

    private static bool IsAsciiSpace(byte b) => b == ' ' || (b >= '\t' && b <= '\r');
}
