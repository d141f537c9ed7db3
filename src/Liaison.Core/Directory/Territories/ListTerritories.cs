using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Territories;

public static class ListTerritories
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public Task<Paged<TerritoryView>> Handle(string? ownerUserId, PageRequest page, CancellationToken ct) =>
            Views((ownerUserId is null ? db.Territories : db.Territories.Where(t => t.OwnerUserId == ownerUserId)).OrderBy(t => t.Name))
                .ToPageAsync(page, ct);

        public async Task<Result<TerritoryView>> Get(Guid id, CancellationToken ct) =>
            await Views(db.Territories.Where(t => t.Id == id)).FirstOrDefaultAsync(ct) is { } view ? view : Error.NotFound("The territory");

        /// <summary>The territories an HCP belongs to (by rule or assignment), for the profile.</summary>
        public async Task<List<TerritoryView>> OfHcp(Guid hcpId, CancellationToken ct)
        {
            var entry = await db.HcpSearchEntries.AsNoTracking().Where(e => e.HcpId == hcpId)
                .Select(e => new { e.State, e.Zip5 }).FirstOrDefaultAsync(ct);
            var candidates = await Views(db.Territories).ToListAsync(ct);
            var assigned = await db.TerritoryAssignments.Where(a => a.HcpId == hcpId).Select(a => a.TerritoryId).ToListAsync(ct);
            return candidates.Where(t => assigned.Contains(t.Id)
                || t.Rules.Any(r => TerritoryMembership.Matches(r.Kind, r.Value, entry?.State, entry?.Zip5))).ToList();
        }

        private IQueryable<TerritoryView> Views(IQueryable<Territory> q) =>
            q.AsNoTracking().Select(t => new TerritoryView(t.Id, t.Name, t.Description, t.OwnerUserId,
                db.Users.Where(u => u.Id == t.OwnerUserId).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(),
                t.Rules.OrderBy(r => r.Kind).ThenBy(r => r.Value).Select(r => new TerritoryRuleView(r.Kind, r.Value)).ToList(),
                db.TerritoryAssignments.Count(a => a.TerritoryId == t.Id), t.Version));
    }
}
