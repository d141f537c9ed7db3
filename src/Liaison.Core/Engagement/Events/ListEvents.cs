using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Events;

public static class ListEvents
{
    public sealed record Query(EventKind? Kind = null, EventStatus? Status = null, string? Series = null, DateTime? From = null,
        DateTime? To = null);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<Paged<EventSummary>>> Handle(Query query, PageRequest page, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            if (DateWindow.Reversed(query.From, query.To) is { } reversed) return reversed;
            var q = db.MedicalEvents.AsNoTracking();
            if (query.Kind is { } kind) q = q.Where(e => e.Kind == kind);
            if (query.Status is { } status) q = q.Where(e => e.Status == status);
            if (!string.IsNullOrWhiteSpace(query.Series)) q = q.Where(e => e.Series == query.Series);
            if (query.From is { } from) q = q.Where(e => e.StartsAt >= from);
            if (query.To is { } to) q = q.Where(e => e.StartsAt < to);
            return await q.OrderByDescending(e => e.StartsAt).Select(e => new EventSummary(e.Id, e.Kind, e.Title, e.Series, e.StartsAt,
                    e.Status, db.Products.Where(p => p.Id == e.ProductId).Select(p => p.Name).FirstOrDefault(),
                    db.EventParticipants.Count(p => p.EventId == e.Id && p.CheckedInAt != null),
                    db.EventParticipants.Count(p => p.EventId == e.Id && p.InvitedAt != null)))
                .ToPageAsync(page, ct);
        }
    }
}
