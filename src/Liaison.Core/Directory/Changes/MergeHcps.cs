using System.Text.Json;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Directory.Influence;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Changes;

/// <summary>
/// Folds a duplicate HCP record into the surviving one: every reference moves (through each capability's
/// <see cref="IHcpReferenceMover"/>), the survivor takes the duplicate's NPI if it had none, the duplicate is
/// removed and a <see cref="HcpMerge"/> remembers where it went. One transaction; audited with what moved.
/// Called when an admin approves a merge request.
/// </summary>
public static class MergeHcps
{
    public sealed class Handler(LiaisonDbContext db, IEnumerable<IHcpReferenceMover> movers, RecomputeInfluence.Handler influence)
    {
        /// <summary>Runs inside the caller's transaction.</summary>
        public async Task<Dictionary<string, int>> Handle(Guid duplicateId, Guid survivorId, Guid? requestId, CancellationToken ct)
        {
            var moved = new Dictionary<string, int>();
            foreach (var mover in movers.OrderBy(m => m.References, StringComparer.Ordinal))
                moved[mover.References] = await mover.MoveAsync(db, duplicateId, survivorId, ct);
            var duplicate = await db.Hcps.FirstAsync(h => h.Id == duplicateId, ct);
            var survivor = await db.Hcps.FirstAsync(h => h.Id == survivorId, ct);
            var npi = duplicate.Npi;
            db.Hcps.Remove(duplicate);
            db.HcpMerges.Add(new HcpMerge
            {
                Id = Guid.CreateVersion7(), DuplicateHcpId = duplicateId, SurvivorHcpId = survivorId, ChangeRequestId = requestId,
                MergedAt = db.UtcNow, MergedBy = db.Actor.Name,
            });
            await db.SaveChangesAsync(ct);
            if (survivor.Npi is null && npi is not null)
            {
                survivor.Npi = npi; // after the duplicate is gone: the NPI is unique
                await db.SaveChangesAsync(ct);
            }
            await AuditTrail.RecordAsync(db, [new AuditChange("Hcp", survivorId.ToString(), "Merge", null,
                JsonSerializer.Serialize(new { duplicate = duplicateId, moved }))], ct);
            return moved;
        }

        public Task RescoreAsync(CancellationToken ct) => influence.Handle(ct);
    }
}
