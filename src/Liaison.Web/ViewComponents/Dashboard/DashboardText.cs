using System.Globalization;

namespace Liaison.Web.ViewComponents.Dashboard;

/// <summary>How dashboard panels word things. Time on a deadline clock is words ("3 h 20 min left", "Overdue by 2 h 5 min"): the state is in the text, not a colour.</summary>
public static class DashboardText
{
    public static string Left(TimeSpan left) => left <= TimeSpan.Zero ? $"Overdue by {Span(-left)}" : $"{Span(left)} left";

    private static string Span(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours} h {t.Minutes} min")
        : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes} min");

    public static string Minute(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
