using System.Globalization;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The pre and post windows around the start month. Months are counted as <c>year * 12 + month - 1</c>;
/// the pre window is the <see cref="Pre"/> months before <see cref="StartMonth"/>, the post window is the start
/// month and the <see cref="Post"/> − 1 months after it (PRODUCT.md §2.8).
/// </summary>
public sealed record AnalysisWindows(int StartMonth, int Pre, int Post)
{
    /// <summary>Windows longer than this do not fit the per-subject duplicate check (a 64-bit month mask).</summary>
    public const int MaxMonths = 64;

    /// <summary>The month whose effect is zero by construction in the event study: the month before start.</summary>
    public const int ReferenceMonth = -1;

    /// <summary>The years a month may fall in: outcome data, like every other date here, lies within 1900–2100.</summary>
    public const int FirstYear = 1900, LastYear = 2100;

    /// <summary>How a month must be written, for messages.</summary>
    public const string MonthFormat = "YYYY-MM, 1900–2100";

    public static bool TryParseMonth(string? text, out int month)
    {
        month = 0;
        if (text is not { Length: 7 } || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < FirstYear or > LastYear) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return false;
        month = y * 12 + m - 1;
        return true;
    }

    public static string FormatMonth(int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month / 12:D4}-{month % 12 + 1:D2}");

    /// <summary>The windows, or why they are not valid.</summary>
    public static AnalysisWindows Create(string start, int pre, int post)
    {
        if (!TryParseMonth(start, out var s)) throw new ImpactInputException($"--start '{start}' is not a month ({MonthFormat}).");
        if (pre < 1 || post < 1) throw new ImpactInputException("--pre and --post must each be at least 1 month.");
        if (pre + post > MaxMonths) throw new ImpactInputException($"--pre + --post must be at most {MaxMonths} months.");
        if (pre < 2) throw new ImpactInputException("--pre must be at least 2 months: the event study compares each month with the month before start.");
        return new AnalysisWindows(s, pre, post);
    }

    public int FirstMonth => StartMonth - Pre;
    public int LastMonth => StartMonth + Post - 1;
    public string Start => FormatMonth(StartMonth);
    public string PreFrom => FormatMonth(FirstMonth);
    public string PreTo => FormatMonth(StartMonth - 1);
    public string PostFrom => Start;
    public string PostTo => FormatMonth(LastMonth);

    /// <summary>Months relative to start, from −Pre to Post − 1.</summary>
    public IEnumerable<int> RelativeMonths => Enumerable.Range(-Pre, Pre + Post);
}
