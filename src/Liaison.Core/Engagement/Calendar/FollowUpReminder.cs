using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Liaison.Core.Engagement.Interactions;

namespace Liaison.Core.Engagement.Calendar;

/// <summary>
/// An open follow-up in the calendar feed: an all-day event on its due date with an alarm at 09:00 that day (the
/// reader's own time: all-day dates float). Not a VTODO: Google Calendar and Outlook drop to-dos from a subscribed
/// feed, so the reminder would reach few MSLs. An overdue follow-up stays in view on today's date, its summary saying
/// when it was due, until it is marked done; it keeps its UID, so calendars move it rather than add another.
/// </summary>
internal static class FollowUpReminder
{
    private static readonly Duration AtNine = Duration.FromHours(9);

    public static CalendarEvent For(FollowUp followUp, DateOnly today)
    {
        var overdue = followUp.DueOn < today;
        var day = overdue ? today : followUp.DueOn;
        var summary = overdue
            ? $"Overdue follow-up (due {followUp.DueOn:yyyy-MM-dd}): {followUp.Description}"
            : $"Follow-up due: {followUp.Description}";
        var reminder = new CalendarEvent
        {
            Uid = $"follow-up-{followUp.Id}@liaison", Summary = summary,
            DtStart = new CalDateTime(day), DtEnd = new CalDateTime(day.AddDays(1)),
            Transparency = "TRANSPARENT", // a reminder, not time the MSL is busy
        };
        reminder.Categories.Add("Follow-up");
        reminder.Alarms.Add(new Alarm { Action = "DISPLAY", Description = summary, Trigger = new Trigger(AtNine) });
        return reminder;
    }
}
