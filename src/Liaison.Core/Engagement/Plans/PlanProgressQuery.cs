using Liaison.Core.Directory;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Plans;

/// <summary>
/// Plans with their progress, counted from interactions: a touchpoint is an interaction of the plan's MSL that the
/// KOL attended and that has taken place, in the plan's year, by quarter. MSLs see their own plans; managers see their
/// own and their team's (the team view); compliance, medical information, safety and admins see everyone's.
/// </summary>
public static class PlanProgressQuery
{
    public sealed record Query(int? Year = null, string? OwnerId = null, Guid? HcpId = null);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<PlanView>> Get(Guid id, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var plans = await Load(Visible().Where(p => p.Id == id), ct);
            return plans.Count == 1 ? plans[0] : Error.NotFound("The plan");
        }

        public async Task<Result<IReadOnlyList<PlanView>>> List(Query query, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var q = Visible();
            if (query.Year is { } year) q = q.Where(p => p.Year == year);
            if (!string.IsNullOrEmpty(query.OwnerId)) q = q.Where(p => p.OwnerId == query.OwnerId);
            if (query.HcpId is { } hcp) q = q.Where(p => p.HcpId == hcp);
            return await Load(q, ct);
        }

        /// <summary>The manager view: one line per MSL with plans in <paramref name="year"/>.</summary>
        public async Task<Result<IReadOnlyList<TeamMemberProgress>>> Team(int year, CancellationToken ct)
        {
            if (!db.Actor.SeesAllMedicalRecords() && !db.Actor.LeadsATeam()) return Error.Forbidden("The team view is for managers.");
            var plans = await Load(Visible().Where(p => p.Year == year), ct);
            var currentQuarter = db.UtcNow.Year == year ? (db.UtcNow.Month + 2) / 3 : db.UtcNow.Year > year ? 4 : 0;
            return plans.GroupBy(p => (p.OwnerId, p.OwnerName)).Select(g => new TeamMemberProgress(g.Key.OwnerId, g.Key.OwnerName,
                    g.Count(), g.Sum(p => p.Planned), g.Sum(p => p.Done),
                    g.Sum(p => p.Planned) == 0 ? 100 : (int)Math.Round(100.0 * g.Sum(p => p.Quarters.Sum(q => Math.Min(q.Done, q.Planned))) / g.Sum(p => p.Planned)),
                    g.Count(p => p.Quarters.Where(q => q.Quarter <= currentQuarter).Sum(q => q.Done)
                                 < p.Quarters.Where(q => q.Quarter <= currentQuarter).Sum(q => q.Planned))))
                .OrderBy(m => m.OwnerName).ToList();
        }

        private IQueryable<EngagementPlan> Visible()
        {
            var q = db.EngagementPlans.AsNoTracking();
            if (db.Actor.SeesAllMedicalRecords()) return q;
            var me = db.Actor.UserId ?? "";
            if (db.Actor.LeadsATeam())
            {
                var team = Identity.Team.MembersOf(db, me);
                return q.Where(p => p.OwnerId == me || team.Contains(p.OwnerId));
            }
            return q.Where(p => p.OwnerId == me);
        }

        private async Task<List<PlanView>> Load(IQueryable<EngagementPlan> plans, CancellationToken ct)
        {
            var rows = await plans.OrderBy(p => p.Year).ThenBy(p => p.OwnerId)
                .Join(db.Hcps, p => p.HcpId, h => h.Id, (p, h) => new
                {
                    p.Id, p.HcpId, Name = Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi), h.Npi, p.OwnerId, p.Year, p.Objectives, p.Version,
                    Quarters = p.Quarters.OrderBy(q => q.Quarter).Select(q => new { q.Quarter, q.Objective, q.PlannedTouchpoints }).ToList(),
                })
                .ToListAsync(ct);
            if (rows.Count == 0) return [];
            var owners = rows.Select(r => r.OwnerId).Distinct().ToList();
            var hcps = rows.Select(r => r.HcpId).Distinct().ToList();
            var years = rows.Select(r => r.Year).Distinct().ToList();
            var now = db.UtcNow;
            var touchpoints = await db.Interactions.AsNoTracking()
                .Where(i => owners.Contains(i.OwnerId) && i.OccurredAt <= now && years.Contains(i.OccurredAt.Year))
                .Join(db.InteractionAttendees.Where(a => a.HcpId != null && hcps.Contains(a.HcpId!.Value)), i => i.Id,
                    a => a.InteractionId, (i, a) => new { i.OwnerId, HcpId = a.HcpId!.Value, i.OccurredAt.Year, i.OccurredAt.Month, i.Status })
                .GroupBy(x => new { x.OwnerId, x.HcpId, x.Year, x.Month, x.Status })
                .Select(g => new { g.Key.OwnerId, g.Key.HcpId, g.Key.Year, g.Key.Month, g.Key.Status, Count = g.Count() })
                .ToListAsync(ct);
            var names = await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            return rows.Select(r =>
            {
                var mine = touchpoints.Where(t => t.OwnerId == r.OwnerId && t.HcpId == r.HcpId && t.Year == r.Year).ToList();
                var quarters = Enumerable.Range(1, 4).Select(q =>
                {
                    var plan = r.Quarters.FirstOrDefault(x => x.Quarter == q);
                    var inQuarter = mine.Where(t => (t.Month + 2) / 3 == q).ToList();
                    return new QuarterProgress(q, plan?.Objective, plan?.PlannedTouchpoints ?? 0, inQuarter.Sum(t => t.Count),
                        inQuarter.Where(t => t.Status == Interactions.InteractionStatus.Signed).Sum(t => t.Count));
                }).ToList();
                return new PlanView(r.Id, r.HcpId, r.Name, r.Npi, r.OwnerId, names.GetValueOrDefault(r.OwnerId, "(former user)"),
                    r.Year, r.Objectives, quarters, r.Version);
            }).ToList();
        }
    }
}
