using Liaison.Core.Directory;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Territories;
using Liaison.Core.Engagement;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>The actor's territories in numbers: how many HCPs they hold and the highest-scoring KOLs among them.</summary>
public static class MyTerritory
{
    public sealed record Kol(Guid HcpId, string Name, string Tier, double Score);

    public sealed record View(IReadOnlyList<string> Territories, int Hcps, IReadOnlyList<Kol> TopKols);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<View>> Handle(int take, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var me = db.Actor.UserId ?? "";
            var names = await db.Territories.AsNoTracking().Where(t => t.OwnerUserId == me).OrderBy(t => t.Name).Select(t => t.Name)
                .ToListAsync(ct);
            if (names.Count == 0) return new View([], 0, []);
            var members = db.HcpSearchEntries.AsNoTracking().Where(await TerritoryMembership.OwnedByAsync(db, me, ct));
            var kols = await members.Join(db.InfluenceScores, e => e.HcpId, s => s.HcpId, (e, s) => s)
                .Join(db.Hcps, s => s.HcpId, h => h.Id, (s, h) => new { s.HcpId, h.Pseudonym, h.FirstName, h.LastName, h.Npi, s.Tier, s.Score })
                .OrderByDescending(x => x.Score).Take(take).ToListAsync(ct);
            return new View(names, await members.CountAsync(ct),
                kols.Select(k => new Kol(k.HcpId, Hcp.NameOf(k.Pseudonym, null, k.FirstName, k.LastName, k.Npi), k.Tier, k.Score)).ToList());
        }
    }
}
