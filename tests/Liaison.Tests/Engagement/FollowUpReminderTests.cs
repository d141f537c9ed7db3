using Ical.Net;
using Ical.Net.Serialization;
using Liaison.Core.Engagement.Calendar;
using Liaison.Core.Engagement.Interactions;

namespace Liaison.Tests.Engagement;

public sealed class FollowUpReminderTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static string Serialised(DateOnly dueOn)
    {
        var calendar = new Calendar();
        calendar.Events.Add(FollowUpReminder.For(new FollowUp { Id = Guid.Empty, Description = "Send the reprint", DueOn = dueOn }, Today));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    [Fact]
    public void A_follow_up_due_later_is_an_all_day_event_on_its_due_date_with_an_alarm_at_nine()
    {
        var ics = Serialised(new DateOnly(2026, 12, 3));
        Assert.Contains("DTSTART;VALUE=DATE:20261203", ics);
        Assert.Contains("DTEND;VALUE=DATE:20261204", ics);
        Assert.Contains("SUMMARY:Follow-up due: Send the reprint", ics);
        Assert.Contains("TRANSP:TRANSPARENT", ics);
        Assert.Contains("BEGIN:VALARM", ics);
        Assert.Contains("ACTION:DISPLAY", ics);
        Assert.Contains("TRIGGER:PT9H", ics);
        Assert.DoesNotContain("BEGIN:VTODO", ics);
    }

    [Fact]
    public void An_overdue_follow_up_stays_in_view_on_today_saying_when_it_was_due()
    {
        var ics = Serialised(new DateOnly(2026, 11, 12));
        Assert.Contains("DTSTART;VALUE=DATE:20261126", ics);
        Assert.Contains("SUMMARY:Overdue follow-up (due 2026-11-12): Send the reprint", ics);
        Assert.Contains("UID:follow-up-00000000-0000-0000-0000-000000000000@liaison", ics);
    }

    [Fact]
    public void A_follow_up_due_today_is_not_overdue()
    {
        var ics = Serialised(Today);
        Assert.Contains("DTSTART;VALUE=DATE:20261126", ics);
        Assert.Contains("SUMMARY:Follow-up due: Send the reprint", ics);
    }
}
