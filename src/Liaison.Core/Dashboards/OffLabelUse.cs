using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>
/// Off-label materials attached to interactions in the last <c>days</c> days, newest first, with the unsolicited
/// request each answered (the only lawful reason to share them): compliance's off-label review queue.
/// </summary>
public static class OffLabelUse
{
    public sealed record Item(Guid InteractionId, DateTime OccurredAt, string Material, string Owner, bool AnswersRequest);

    public sealed record View(int Attachments, int WithoutRequest, IReadOnlyList<Item> Latest);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<View>> Handle(int days, int take, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var since = db.UtcNow.AddDays(-days);
            var attached = db.InteractionMaterials.AsNoTracking().Where(m => m.OffLabel)
                .Join(db.Interactions.VisibleTo(db, db.Actor).Where(i => i.OccurredAt >= since), m => m.InteractionId, i => i.Id,
                    (m, i) => new { m.ContentItemId, i.Id, i.OccurredAt, i.OwnerId, i.UnsolicitedRequestId });
            var rows = await attached.Join(db.ContentItems, a => a.ContentItemId, c => c.Id,
                    (a, c) => new { a.Id, a.OccurredAt, c.Title, a.OwnerId, Answers = a.UnsolicitedRequestId != null })
                .OrderByDescending(a => a.OccurredAt).Take(take).ToListAsync(ct);
            var owners = rows.Select(r => r.OwnerId).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            return new View(await attached.CountAsync(ct), await attached.CountAsync(a => a.UnsolicitedRequestId == null, ct),
                rows.Select(r => new Item(r.Id, r.OccurredAt, r.Title, names.GetValueOrDefault(r.OwnerId, "(former user)"), r.Answers)).ToList());
        }
    }
}
