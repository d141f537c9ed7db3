using Liaison.Core.Data;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Engagement.Events;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Privacy;

/// <summary>
/// Event participation moves to the survivor. When both records were at the same event, the survivor's row stays and
/// takes what the duplicate's knew and it did not (a registration, a check-in, test scores, feedback), since it is one
/// person's one attendance; then the duplicate's row goes.
/// </summary>
internal sealed class EventParticipantMover : IHcpReferenceMover
{
    public string References => "event participants";
    public IReadOnlyList<string> Columns => ["event_participants.hcp_id"];

    public async Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct)
    {
        var clashes = await db.EventParticipants.Where(p => p.HcpId == duplicateId
                && db.EventParticipants.Any(s => s.HcpId == survivorId && s.EventId == p.EventId))
            .ToListAsync(ct);
        foreach (var dup in clashes)
        {
            var keep = await db.EventParticipants.FirstAsync(s => s.HcpId == survivorId && s.EventId == dup.EventId, ct);
            if (Progress(dup.Status) > Progress(keep.Status)) keep.Status = dup.Status;
            keep.InvitedAt ??= dup.InvitedAt;
            keep.RegisteredAt ??= dup.RegisteredAt;
            keep.CheckedInAt ??= dup.CheckedInAt;
            keep.WalkIn = keep.WalkIn && dup.WalkIn;
            var keptPhases = await db.KnowledgeScores.Where(s => s.ParticipantId == keep.Id).Select(s => s.Phase).ToListAsync(ct);
            await db.KnowledgeScores.Where(s => s.ParticipantId == dup.Id && !keptPhases.Contains(s.Phase))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ParticipantId, keep.Id), ct);
            if (!await db.EventFeedback.AnyAsync(f => f.ParticipantId == keep.Id, ct))
                await db.EventFeedback.Where(f => f.ParticipantId == dup.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.ParticipantId, keep.Id), ct);
            db.EventParticipants.Remove(dup); // its remaining scores and feedback cascade
        }
        await db.SaveChangesAsync(ct);
        return clashes.Count + await db.EventParticipants.Where(p => p.HcpId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.HcpId, survivorId), ct);
    }

    private static int Progress(ParticipationStatus s) => s switch
    {
        ParticipationStatus.Declined => 0,
        ParticipationStatus.Invited => 1,
        ParticipationStatus.Registered => 2,
        _ => 3,
    };
}

/// <summary>
/// Engagement plans move to the survivor. An MSL who planned the same year for both records keeps one plan: the
/// survivor's, with the duplicate's objectives appended and, per quarter, the larger number of planned touchpoints
/// (progress is counted from interactions, which move too).
/// </summary>
internal sealed class EngagementPlanMover : IHcpReferenceMover
{
    public string References => "engagement plans";
    public IReadOnlyList<string> Columns => ["engagement_plans.hcp_id"];

    public async Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct)
    {
        var clashes = await db.EngagementPlans.Include(p => p.Quarters).Where(p => p.HcpId == duplicateId
                && db.EngagementPlans.Any(s => s.HcpId == survivorId && s.OwnerId == p.OwnerId && s.Year == p.Year))
            .ToListAsync(ct);
        foreach (var dup in clashes)
        {
            var keep = await db.EngagementPlans.Include(p => p.Quarters)
                .FirstAsync(s => s.HcpId == survivorId && s.OwnerId == dup.OwnerId && s.Year == dup.Year, ct);
            if (!string.IsNullOrWhiteSpace(dup.Objectives) && !keep.Objectives.Contains(dup.Objectives, StringComparison.Ordinal))
                keep.Objectives = Truncate($"{keep.Objectives}\n\nFrom the merged duplicate record's plan: {dup.Objectives}", 4000);
            foreach (var q in dup.Quarters)
            {
                var kept = keep.Quarters.FirstOrDefault(k => k.Quarter == q.Quarter);
                if (kept is null) keep.Quarters.Add(new Plans.PlanQuarter { PlanId = keep.Id, Quarter = q.Quarter, Objective = q.Objective, PlannedTouchpoints = q.PlannedTouchpoints });
                else
                {
                    kept.PlannedTouchpoints = Math.Max(kept.PlannedTouchpoints, q.PlannedTouchpoints);
                    kept.Objective ??= q.Objective;
                }
            }
            keep.UpdatedAt = db.UtcNow;
            db.EngagementPlans.Remove(dup);
        }
        await db.SaveChangesAsync(ct);
        return clashes.Count + await db.EngagementPlans.Where(p => p.HcpId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.HcpId, survivorId).SetProperty(p => p.Version, p => p.Version + 1), ct);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
