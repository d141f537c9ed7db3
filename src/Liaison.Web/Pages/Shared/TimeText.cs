using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// A UTC moment as the pages write it: "2026-11-19 16:15" in a <c>time</c> element that <c>local-time.js</c> rewrites
/// into the reader's own time zone (the UTC value stays in its title); without script it reads as UTC, as labelled.
/// </summary>
public static class TimeText
{
    public static IHtmlContent Minute(DateTime utc) => Of(utc, "yyyy-MM-dd HH:mm", "minute");

    /// <summary>The day of a moment, in the reader's time zone with script (an evening call in New York is that day, not UTC's next).</summary>
    public static IHtmlContent Day(DateTime utc) => Of(utc, "yyyy-MM-dd", "day");

    public static IHtmlContent Clock(DateTime utc) => Of(utc, "HH:mm", "clock");

    /// <summary>The words "UTC" in a label or heading, which the script turns into "your time" once it converts the times.</summary>
    public static IHtmlContent Zone => new HtmlString("<span data-tz>UTC</span>");

    private static HtmlString Of(DateTime utc, string format, string kind)
    {
        var value = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new HtmlString($"<time datetime=\"{value.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\" data-utc=\"{kind}\">"
            + $"{value.ToString(format, CultureInfo.InvariantCulture)}</time>");
    }
}
