using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Plans;

namespace Liaison.Core.Dashboards;

/// <summary>
/// The actor's engagement plans in the current quarter: touchpoints planned and done, and the KOLs still behind.
/// Visibility is the plans' own (<see cref="PlanProgressQuery"/>), narrowed to the actor's plans.
/// </summary>
public static class PlanQuarterProgress
{
    public sealed record Behind(Guid PlanId, Guid HcpId, string HcpName, int Planned, int Done);

    public sealed record View(int Year, int Quarter, int Plans, int Planned, int Done, IReadOnlyList<Behind> BehindPlan);

    public sealed class Handler(LiaisonDbContext db, PlanProgressQuery.Handler plans)
    {
        public async Task<Result<View>> Handle(CancellationToken ct)
        {
            var now = db.UtcNow;
            var quarter = (now.Month + 2) / 3;
            var mine = await plans.List(new PlanProgressQuery.Query(now.Year, db.Actor.UserId ?? ""), ct);
            if (!mine.IsSuccess) return mine.Error!;
            var lines = mine.Value!.Select(p => (Plan: p, Q: p.Quarters.First(q => q.Quarter == quarter))).ToList();
            return new View(now.Year, quarter, lines.Count, lines.Sum(l => l.Q.Planned), lines.Sum(l => Math.Min(l.Q.Done, l.Q.Planned)),
                lines.Where(l => l.Q.Done < l.Q.Planned).OrderByDescending(l => l.Q.Planned - l.Q.Done)
                    .Select(l => new Behind(l.Plan.Id, l.Plan.HcpId, l.Plan.HcpName, l.Q.Planned, l.Q.Done)).ToList());
        }
    }
}
