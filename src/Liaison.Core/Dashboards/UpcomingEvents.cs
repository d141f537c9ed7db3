using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>The next planned educational sessions and roundtables, soonest first, with their registrations.</summary>
public static class UpcomingEvents
{
    public sealed record Item(Guid Id, string Title, EventKind Kind, DateTime StartsAt, string? Place, int Registered, int? Capacity);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<IReadOnlyList<Item>>> Handle(int take, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var now = db.UtcNow;
            return await db.MedicalEvents.AsNoTracking().Where(e => e.Status == EventStatus.Planned && e.StartsAt >= now)
                .OrderBy(e => e.StartsAt).Take(take)
                .Select(e => new Item(e.Id, e.Title, e.Kind, e.StartsAt, e.Place,
                    db.EventParticipants.Count(p => p.EventId == e.Id && p.RegisteredAt != null), e.Capacity))
                .ToListAsync(ct);
        }
    }
}
