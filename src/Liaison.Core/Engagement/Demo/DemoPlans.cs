using Liaison.Core.Data;
using Liaison.Core.Engagement.Plans;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Demo;

/// <summary>This year's plans of both MSLs for the KOLs they meet most; progress then counts itself from interactions.</summary>
internal static class DemoPlans
{
    public static async Task SeedAsync(LiaisonDbContext db, DemoCast cast, Random random, CancellationToken ct)
    {
        var year = cast.Now.Year;
        foreach (var owner in new[] { cast.OncologyMsl, cast.CardioMsl })
        {
            var kols = await db.Interactions.Where(i => i.OwnerId == owner && i.Kind == Interactions.InteractionKind.ScientificExchange)
                .Join(db.InteractionAttendees.Where(a => a.HcpId != null), i => i.Id, a => a.InteractionId, (i, a) => a.HcpId!.Value)
                .GroupBy(h => h).Select(g => new { Hcp = g.Key, N = g.Count() })
                .OrderByDescending(x => x.N).ThenBy(x => x.Hcp).Take(12).Select(x => x.Hcp).ToListAsync(ct);
            foreach (var hcp in kols)
            {
                var plan = new EngagementPlan
                {
                    Id = Guid.CreateVersion7(), HcpId = hcp, OwnerId = owner, Year = year, CreatedAt = cast.Now, UpdatedAt = cast.Now,
                    Objectives = "Understand the KOL's view of the evidence gaps; explore investigator-initiated research; share new data as it is published.",
                };
                for (var q = 1; q <= 4; q++)
                    plan.Quarters.Add(new PlanQuarter
                    {
                        PlanId = plan.Id, Quarter = q, PlannedTouchpoints = 1 + random.Next(3),
                        Objective = q switch { 1 => "Introduce the new data", 2 => "Discuss research interests", 3 => "Congress follow-up", _ => "Plan next year" },
                    });
                db.EngagementPlans.Add(plan);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
