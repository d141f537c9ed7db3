using Liaison.Core.Directory;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement;
using Liaison.Core.Engagement.Transfers;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>
/// The HCPs whose transfers of value this calendar year are near or over an annual cap, those over first, then by
/// how much they received: what compliance reviews before the next payment is made.
/// </summary>
public static class HcpsNearCaps
{
    public sealed record Item(Guid HcpId, string Name, decimal Received, CapLevel Level, string Warning);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<IReadOnlyList<Item>>> Handle(int take, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var caps = await db.TransferCaps.AsNoTracking().ToListAsync(ct);
            if (caps.Count == 0) return Array.Empty<Item>();
            var year = db.UtcNow.Year;
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            // Summed in memory: SQLite has no decimal aggregate (the engagement summary does the same).
            var payments = await db.TransfersOfValue.AsNoTracking().Where(t => t.PaidOn >= from && t.PaidOn < to)
                .Select(t => new { t.HcpId, t.Nature, t.Amount }).ToListAsync(ct);
            var flagged = payments.GroupBy(p => p.HcpId)
                .Select(g => (HcpId: g.Key, Received: g.Sum(p => p.Amount),
                    Warnings: TransferCaps.Evaluate(caps, g.GroupBy(p => p.Nature).ToDictionary(n => n.Key, n => n.Sum(p => p.Amount)), year)))
                .Where(x => x.Warnings.Count > 0)
                .OrderByDescending(x => x.Warnings.Any(w => w.Level == CapLevel.Exceeded)).ThenByDescending(x => x.Received)
                .Take(take).ToList();
            var ids = flagged.Select(f => f.HcpId).ToList();
            var names = await db.Hcps.AsNoTracking().Where(h => ids.Contains(h.Id))
                .Select(h => new { h.Id, Name = Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi) }).ToDictionaryAsync(h => h.Id, h => h.Name, ct);
            return flagged.Select(f =>
            {
                var worst = f.Warnings.OrderByDescending(w => w.Level == CapLevel.Exceeded).First();
                return new Item(f.HcpId, names.GetValueOrDefault(f.HcpId, "(removed HCP)"), f.Received, worst.Level, worst.Message);
            }).ToList();
        }
    }
}
