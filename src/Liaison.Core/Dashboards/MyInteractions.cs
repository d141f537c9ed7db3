using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>
/// The actor's own field work for the dashboard: latest interactions that have taken place (planned ones dated later are
/// not "recent") and the drafts still waiting for a signature, oldest first.
/// </summary>
public static class MyInteractions
{
    public sealed record Item(Guid Id, DateTime OccurredAt, InteractionKind Kind, InteractionStatus Status, AttendeeNames Attendees);

    public sealed record View(int ThisMonth, int Drafts, IReadOnlyList<Item> Recent, IReadOnlyList<Item> OldestDrafts);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<View>> Handle(int take, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var me = db.Actor.UserId ?? "";
            var now = db.UtcNow;
            var monthStart = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            var mine = db.Interactions.AsNoTracking().Where(i => i.OwnerId == me);
            var drafts = mine.Where(i => i.Status == InteractionStatus.Draft);
            var thisMonth = await mine.CountAsync(i => i.OccurredAt >= monthStart && i.OccurredAt <= now, ct);
            var draftCount = await drafts.CountAsync(ct);
            var recent = await Project(mine.Where(i => i.OccurredAt <= now).OrderByDescending(i => i.OccurredAt)).Take(take).ToListAsync(ct);
            var oldest = await Project(drafts.OrderBy(i => i.OccurredAt)).Take(take).ToListAsync(ct);
            var who = await AttendeeNames.OfAsync(db, [.. recent.Select(r => r.Id), .. oldest.Select(r => r.Id)], ct);
            List<Item> Named(IEnumerable<Row> rows) =>
                rows.Select(r => new Item(r.Id, r.OccurredAt, r.Kind, r.Status, who.GetValueOrDefault(r.Id, AttendeeNames.None))).ToList();
            return new View(thisMonth, draftCount, Named(recent), Named(oldest));
        }

        private sealed record Row(Guid Id, DateTime OccurredAt, InteractionKind Kind, InteractionStatus Status);

        private static IQueryable<Row> Project(IQueryable<Interaction> q) => q.Select(i => new Row(i.Id, i.OccurredAt, i.Kind, i.Status));
    }
}
