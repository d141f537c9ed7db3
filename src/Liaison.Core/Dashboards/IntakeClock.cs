using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.Core.Safety;
using Liaison.Core.Safety.Detection;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>
/// Adverse-event intakes against the 24-hour forwarding clock: counts by state and the open ones, overdue first, then
/// by time left. Safety, compliance, medical information and admins see every intake; anyone else the ones they raised.
/// </summary>
public static class IntakeClock
{
    /// <summary>Open intakes with less than this left are "at risk" (escalate before the deadline, not after).</summary>
    public static readonly TimeSpan AtRisk = TimeSpan.FromHours(6);

    public sealed record Item(Guid Id, SafetySignalKind Kind, DateTime AwareAt, DateTime ForwardBy, string RaisedBy,
        Guid? InteractionId, TimeSpan Left)
    {
        public bool Overdue => Left <= TimeSpan.Zero;
        public bool AtRisk => !Overdue && Left < IntakeClock.AtRisk;
    }

    public sealed record View(int Open, int Forwarded, int Overdue, int AtRisk, IReadOnlyList<Item> OpenIntakes);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<View>> Handle(int take, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return Error.Forbidden("Adverse-event intakes are HCP-level medical records.");
            var q = db.AdverseEventIntakes.AsNoTracking();
            if (!db.Actor.SeesAllMedicalRecords())
            {
                var me = db.Actor.UserId ?? "";
                q = q.Where(i => i.RaisedById == me);
            }
            var now = db.UtcNow;
            var riskLine = now + AtRisk;
            var open = q.Where(i => i.Status == AdverseEventIntakeStatus.Open);
            var rows = await open.OrderBy(i => i.ForwardBy).Take(take)
                .Select(i => new { i.Id, i.Kind, i.AwareAt, i.ForwardBy, i.RaisedBy, i.InteractionId }).ToListAsync(ct);
            return new View(await open.CountAsync(ct), await q.CountAsync(i => i.Status == AdverseEventIntakeStatus.Forwarded, ct),
                await open.CountAsync(i => i.ForwardBy <= now, ct), await open.CountAsync(i => i.ForwardBy > now && i.ForwardBy < riskLine, ct),
                rows.Select(r => new Item(r.Id, r.Kind, r.AwareAt, r.ForwardBy, r.RaisedBy, r.InteractionId, r.ForwardBy - now)).ToList());
        }
    }
}
