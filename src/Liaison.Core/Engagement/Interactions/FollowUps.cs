using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>The actor's open follow-ups (the dashboard's reminders), and completing one.</summary>
public static class FollowUps
{
    public sealed record DueItem(Guid Id, Guid InteractionId, string Description, DateOnly DueOn, bool Overdue,
        DateTime InteractionOccurredAt, InteractionKind InteractionKind);

    public sealed class Handler(LiaisonDbContext db)
    {
        /// <summary>Open follow-ups of the actor due within <paramref name="withinDays"/> days (and all overdue ones).</summary>
        public async Task<Result<IReadOnlyList<DueItem>>> Due(int withinDays, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var me = db.Actor.UserId ?? "";
            var today = DateOnly.FromDateTime(db.UtcNow);
            var horizon = today.AddDays(withinDays);
            return await db.FollowUps.AsNoTracking().Where(f => f.OwnerId == me && f.CompletedAt == null && f.DueOn <= horizon)
                .Join(db.Interactions, f => f.InteractionId, i => i.Id, (f, i) => new { f, i.OccurredAt, i.Kind })
                .OrderBy(x => x.f.DueOn).Take(100)
                .Select(x => new DueItem(x.f.Id, x.f.InteractionId, x.f.Description, x.f.DueOn, x.f.DueOn < today, x.OccurredAt, x.Kind))
                .ToListAsync(ct);
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
