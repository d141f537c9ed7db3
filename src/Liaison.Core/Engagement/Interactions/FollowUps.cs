using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>The actor's open follow-ups (the dashboard's reminders), and completing one.</summary>
public static class FollowUps
{
    /// <param name="With">Whom the interaction was with: its first attendees' names and their number.</param>
    public sealed record DueItem(Guid Id, Guid InteractionId, string Description, DateOnly DueOn, bool Overdue,
        DateTime InteractionOccurredAt, InteractionKind InteractionKind, AttendeeNames With);

    public sealed class Handler(LiaisonDbContext db)
    {
        /// <summary>Open follow-ups of the actor due within <paramref name="withinDays"/> days (and all overdue ones).</summary>
        public async Task<Result<IReadOnlyList<DueItem>>> Due(int withinDays, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            // Refused, not clamped: a caller asking for 100,000 days would take a year's list for all there is.
            if (withinDays is < 0 or > 365) return Error.Invalid("days", $"{withinDays} is not a number of days to look ahead: give 0 to 365.");
            var me = db.Actor.UserId ?? "";
            var today = DateOnly.FromDateTime(db.UtcNow);
            var horizon = today.AddDays(withinDays);
            var due = await db.FollowUps.AsNoTracking().Where(f => f.OwnerId == me && f.CompletedAt == null && f.DueOn <= horizon)
                .Join(db.Interactions, f => f.InteractionId, i => i.Id, (f, i) => new { f, i.OccurredAt, i.Kind })
                .OrderBy(x => x.f.DueOn).Take(100)
                .Select(x => new { x.f.Id, x.f.InteractionId, x.f.Description, x.f.DueOn, x.OccurredAt, x.Kind })
                .ToListAsync(ct);
            var who = await AttendeeNames.OfAsync(db, due.Select(d => d.InteractionId).ToList(), ct);
            return due.Select(d => new DueItem(d.Id, d.InteractionId, d.Description, d.DueOn, d.DueOn < today, d.OccurredAt, d.Kind,
                who.GetValueOrDefault(d.InteractionId, AttendeeNames.None))).ToList();
        }

        /// <summary>Marks a follow-up done. Allowed on signed interactions: it is a task, not part of the signed record.</summary>
        public async Task<Result<FollowUpView>> Complete(Guid id, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id, ct);
            if (followUp is null || followUp.OwnerId != db.Actor.UserId) return Error.NotFound("The follow-up");
            if (followUp.CompletedAt is null)
            {
                followUp.CompletedAt = db.UtcNow;
                await db.SaveChangesAsync(ct);
            }
            return new FollowUpView(followUp.Id, followUp.Description, followUp.DueOn, followUp.CompletedAt);
        }
    }
}
