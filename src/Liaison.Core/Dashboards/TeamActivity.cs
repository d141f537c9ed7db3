using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>
/// A manager's team this month, one line per MSL who reports to them: interactions logged, how many are signed or
/// still drafts, and overdue follow-ups. Counts only, for coaching; the records stay one click away.
/// </summary>
public static class TeamActivity
{
    public sealed record Member(string UserId, string Name, int Interactions, int Signed, int Drafts, int OverdueFollowUps);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<IReadOnlyList<Member>>> Handle(CancellationToken ct)
        {
            if (!db.Actor.LeadsATeam()) return Error.Forbidden("The team view is for managers.");
            var me = db.Actor.UserId ?? "";
            var now = db.UtcNow;
            var monthStart = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            var today = DateOnly.FromDateTime(now);
            var team = await db.Users.AsNoTracking().Where(u => u.ManagerId == me).OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
            var ids = team.Select(t => t.Id).ToList();
            var counts = await db.Interactions.AsNoTracking()
                .Where(i => ids.Contains(i.OwnerId) && i.OccurredAt >= monthStart && i.OccurredAt <= now)
                .GroupBy(i => new { i.OwnerId, i.Status }).Select(g => new { g.Key.OwnerId, g.Key.Status, N = g.Count() }).ToListAsync(ct);
            var overdue = await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.OwnerId) && f.CompletedAt == null && f.DueOn < today)
                .GroupBy(f => f.OwnerId).Select(g => new { OwnerId = g.Key, N = g.Count() }).ToListAsync(ct);
            int Count(string id, InteractionStatus? status) =>
                counts.Where(c => c.OwnerId == id && (status is null || c.Status == status)).Sum(c => c.N);
            return team.Select(t => new Member(t.Id, t.DisplayName, Count(t.Id, null), Count(t.Id, InteractionStatus.Signed),
                Count(t.Id, InteractionStatus.Draft), overdue.FirstOrDefault(o => o.OwnerId == t.Id)?.N ?? 0)).ToList();
        }
    }
}
