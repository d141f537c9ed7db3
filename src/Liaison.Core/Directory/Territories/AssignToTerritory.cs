using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Territories;

/// <summary>A manager or admin places an HCP in a territory by hand, or takes them out again.</summary>
public static class AssignToTerritory
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<TerritoryAssignment>> Assign(Guid territoryId, Guid hcpId, CancellationToken ct)
        {
            if (!await db.Territories.AnyAsync(t => t.Id == territoryId, ct)) return Error.NotFound("The territory");
            if (!await db.Hcps.AnyAsync(h => h.Id == hcpId && h.ErasedAt == null, ct)) return Error.NotFound("The HCP");
            if (await db.TerritoryAssignments.FirstOrDefaultAsync(a => a.TerritoryId == territoryId && a.HcpId == hcpId, ct) is { } existing)
                return existing;
            var assignment = new TerritoryAssignment
            {
                Id = Guid.CreateVersion7(), TerritoryId = territoryId, HcpId = hcpId, AssignedBy = db.Actor.Name, AssignedAt = db.UtcNow,
            };
            db.TerritoryAssignments.Add(assignment);
            await db.SaveChangesAsync(ct);
            return assignment;
        }

        public async Task<Result<bool>> Unassign(Guid territoryId, Guid hcpId, CancellationToken ct)
        {
            var existing = await db.TerritoryAssignments.FirstOrDefaultAsync(a => a.TerritoryId == territoryId && a.HcpId == hcpId, ct);
            if (existing is null) return Error.NotFound("The assignment");
            db.TerritoryAssignments.Remove(existing);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
