using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>Interactions the actor may see, newest first: all of them, one HCP's timeline, or one MSL's.</summary>
public static class ListInteractions
{
    public sealed record Query(Guid? HcpId = null, string? OwnerId = null, InteractionKind? Kind = null, Guid? ProductId = null,
        DateTime? From = null, DateTime? To = null, InteractionStatus? Status = null, Guid? EventId = null);

    public sealed class Handler(LiaisonDbContext db)
    {
        private const int ExcerptLength = 160;

        public async Task<Result<Paged<InteractionSummary>>> Handle(Query query, PageRequest page, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            if (DateWindow.Reversed(query.From, query.To) is { } reversed) return reversed;
            var q = db.Interactions.AsNoTracking().VisibleTo(db, db.Actor);
            if (query.HcpId is { } hcp) q = q.Where(i => db.InteractionAttendees.Any(a => a.InteractionId == i.Id && a.HcpId == hcp));
            if (!string.IsNullOrEmpty(query.OwnerId)) q = q.Where(i => i.OwnerId == query.OwnerId);
            if (query.Kind is { } kind) q = q.Where(i => i.Kind == kind);
            if (query.Status is { } status) q = q.Where(i => i.Status == status);
            if (query.EventId is { } eventId) q = q.Where(i => i.EventId == eventId);
            if (query.ProductId is { } product)
                q = q.Where(i => db.InteractionProducts.Any(p => p.InteractionId == i.Id && p.ProductId == product));
            if (query.From is { } from) q = q.Where(i => i.OccurredAt >= from);
            if (query.To is { } to) q = q.Where(i => i.OccurredAt < to);
            var total = await q.CountAsync(ct);
            var rows = await q.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Skip(page.Skip).Take(page.PageSize)
                .Select(i => new
                {
                    i.Id, i.Kind, i.Channel, i.OccurredAt, i.OwnerId, i.Status, i.AmendmentCount, i.Topics,
                    Excerpt = i.Notes == null ? null : i.Notes.Substring(0, ExcerptLength),
                })
                .ToListAsync(ct);
            var ownerIds = rows.Select(r => r.OwnerId).Distinct().ToList();
            var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            var attendees = await Interactions.AttendeeNames.OfAsync(db, rows.Select(r => r.Id).ToList(), ct);
            var items = rows.Select(r =>
            {
                var who = attendees.GetValueOrDefault(r.Id, Interactions.AttendeeNames.None);
                return new InteractionSummary(r.Id, r.Kind, r.Channel, r.OccurredAt, owners.GetValueOrDefault(r.OwnerId, "(former user)"),
                    r.Status, r.AmendmentCount, who.Count, r.Topics, r.Excerpt, who.Names);
            }).ToList();
            return new Paged<InteractionSummary>(items, total, page.Page, page.PageSize);
        }
    }
}
