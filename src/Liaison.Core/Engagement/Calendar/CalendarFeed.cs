using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Calendar;

/// <summary>
/// A user's iCalendar feed (RFC 5545): their interactions and the events they organise as VEVENTs, and their open
/// follow-ups as reminders (<see cref="FollowUpReminder"/>). Names and places only: notes never leave Liaison through a
/// calendar, which may sync to devices outside the company's control.
/// </summary>
public static class CalendarFeed
{
    private static readonly TimeSpan Past = TimeSpan.FromDays(90);
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(365);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<string> Handle(CalendarFeeds.Owner owner, CancellationToken ct)
        {
            var userId = owner.UserId;
            var now = db.UtcNow;
            var from = now - Past;
            var to = now + Ahead;
            var interactions = await db.Interactions.AsNoTracking()
                .Where(i => i.OwnerId == userId && i.OccurredAt >= from && i.OccurredAt < to)
                .OrderBy(i => i.OccurredAt)
                .Select(i => new
                {
                    i.Id, i.Kind, i.OccurredAt, i.DurationMinutes, i.Place, i.Status,
                    Names = db.InteractionAttendees.Where(a => a.InteractionId == i.Id && a.HcpId != null)
                        .Join(db.Hcps, a => a.HcpId, h => h.Id, (a, h) => Directory.Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi)).Take(5).ToList(),
                })
                .ToListAsync(ct);
            var events = await db.MedicalEvents.AsNoTracking()
                .Where(e => e.OwnerId == userId && e.StartsAt >= from && e.StartsAt < to)
                .OrderBy(e => e.StartsAt).ToListAsync(ct);
            var followUps = await db.FollowUps.AsNoTracking().Where(f => f.OwnerId == userId && f.CompletedAt == null)
                .OrderBy(f => f.DueOn).Take(500).ToListAsync(ct);

            var calendar = new Ical.Net.Calendar { ProductId = "-//Liaison//Field engagement//EN" };
            calendar.AddProperty("X-WR-CALNAME", $"Liaison — {(owner.DisplayName is { Length: > 0 } name ? name : "my engagements")}");
            foreach (var i in interactions)
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"interaction-{i.Id}@liaison",
                    Summary = i.Names.Count == 0 ? i.Kind.Describe() : $"{i.Kind.Describe()}: {string.Join(", ", i.Names)}",
                    Location = i.Place,
                    DtStart = new CalDateTime(i.OccurredAt),
                    DtEnd = new CalDateTime(i.OccurredAt.AddMinutes(i.DurationMinutes)),
                    Status = i.OccurredAt < now ? "CONFIRMED" : "TENTATIVE",
                });
            foreach (var e in events)
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"event-{e.Id}@liaison", Summary = e.Title, Location = e.Place,
                    DtStart = new CalDateTime(e.StartsAt), DtEnd = new CalDateTime(e.EndsAt),
                    Status = e.Status == Events.EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
                });
            var today = DateOnly.FromDateTime(now);
            foreach (var f in followUps) calendar.Events.Add(FollowUpReminder.For(f, today));
            return new CalendarSerializer().SerializeToString(calendar) ?? "";
        }
    }
}
