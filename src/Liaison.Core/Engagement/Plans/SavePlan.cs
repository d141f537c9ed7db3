using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.Core.Directory.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Plans;

/// <summary>Creates an MSL's plan for a KOL, or edits it.</summary>
public static class SavePlan
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<PlanView>> Create(PlanFields f, CancellationToken ct)
        {
            if (!db.Actor.IsMedical() || db.Actor.UserId is not { } me) return EngagementAccess.Firewall();
            if (await db.EngagementPlans.AnyAsync(p => p.OwnerId == me && p.HcpId == f.HcpId && p.Year == f.Year, ct))
                return Error.Invalid(nameof(f.HcpId), $"You already have a {f.Year} plan for this HCP; edit it instead.");
            var plan = new EngagementPlan { Id = Guid.CreateVersion7(), OwnerId = me, CreatedAt = db.UtcNow };
            if (await Apply(plan, f, ct) is { } invalid) return invalid;
            db.EngagementPlans.Add(plan);
            await db.SaveChangesAsync(ct);
            return await new PlanProgressQuery.Handler(db).Get(plan.Id, ct);
        }

        public async Task<Result<PlanView>> Update(Guid id, ExpectedVersion expectedVersion, PlanFields f, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var plan = await db.EngagementPlans.Include(p => p.Quarters).FirstOrDefaultAsync(p => p.Id == id, ct);
            if (plan is null) return Error.NotFound("The plan");
            var me = db.Actor.UserId ?? "";
            if (plan.OwnerId != me && !(db.Actor.LeadsATeam() && await Team.MembersOf(db, me).ContainsAsync(plan.OwnerId, ct)))
                return Error.Forbidden("Only the plan's MSL or their manager may change it.");
            if (db.Expect(plan, expectedVersion) is { } stale) return stale;
            if (plan.HcpId != f.HcpId || plan.Year != f.Year)
                return Error.Invalid(nameof(f.HcpId), "A plan's HCP and year do not change; create another plan.");
            if (await Apply(plan, f, ct) is { } invalid) return invalid;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await new PlanProgressQuery.Handler(db).Get(id, ct);
        }

        private async Task<Error?> Apply(EngagementPlan plan, PlanFields f, CancellationToken ct)
        {
            if (f.Quarters.Count != 4) return Error.Invalid(nameof(f.Quarters), "Give the four quarters, Q1 to Q4.");
            // Checked here too, for every caller: the ranges PlanFields declares.
            if (f.Year is not (>= 2000 and <= 2100)) return Error.Invalid(nameof(f.Year), "A plan is for a year from 2000 to 2100.");
            if (f.Quarters.FindIndex(q => q is null || q.PlannedTouchpoints is < 0 or > 100) is var bad and >= 0)
                return Error.Invalid($"Quarters[{bad}].PlannedTouchpoints", $"Q{bad + 1}: plan from 0 to 100 touchpoints.");
            if (await NewRecordSubject.RefusalAsync(db, nameof(f.HcpId), f.HcpId, "The HCP", ct) is { } refused) return refused;
            plan.HcpId = f.HcpId!.Value;
            plan.Year = f.Year!.Value;
            plan.Objectives = f.Objectives.Trim();
            plan.UpdatedAt = db.UtcNow;
            for (var q = 1; q <= 4; q++)
            {
                var wanted = f.Quarters[q - 1];
                var quarter = plan.Quarters.FirstOrDefault(x => x.Quarter == q);
                if (quarter is null)
                {
                    quarter = new PlanQuarter { PlanId = plan.Id, Quarter = q };
                    plan.Quarters.Add(quarter);
                    db.Add(quarter);
                }
                quarter.Objective = string.IsNullOrWhiteSpace(wanted.Objective) ? null : wanted.Objective.Trim();
                quarter.PlannedTouchpoints = wanted.PlannedTouchpoints;
            }
            return null;
        }
    }
}
