using Liaison.Core.Directory;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Transfers;

/// <summary>Transfers of value, HCP by HCP: behind the firewall, since they name HCPs.</summary>
public static class ListTransfers
{
    public sealed record Query(Guid? HcpId = null, int? Year = null, PaymentNature? Nature = null, Guid? EventId = null);

    /// <summary>An HCP's total for a year, with the caps it is near or over (the compliance list).</summary>
    public sealed record HcpYearTotal(Guid HcpId, string HcpName, string? Npi, int Year, decimal Total, int Payments,
        IReadOnlyList<CapWarning> Warnings);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<Paged<TransferView>>> Handle(Query query, PageRequest page, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            if (CalendarYear.Problem(query.Year) is { } badYear) return badYear;
            var q = db.TransfersOfValue.AsNoTracking();
            if (query.HcpId is { } hcp) q = q.Where(t => t.HcpId == hcp);
            if (query.Nature is { } nature) q = q.Where(t => t.Nature == nature);
            if (query.EventId is { } e) q = q.Where(t => t.EventId == e);
            if (query.Year is { } year)
            {
                var from = new DateOnly(year, 1, 1);
                var to = from.AddYears(1);
                q = q.Where(t => t.PaidOn >= from && t.PaidOn < to);
            }
            return await Project(q.OrderByDescending(t => t.PaidOn).ThenByDescending(t => t.Id)).ToPageAsync(page, ct);
        }

        public async Task<Result<TransferView>> Get(Guid id, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            return await Project(db.TransfersOfValue.AsNoTracking().Where(t => t.Id == id)).FirstOrDefaultAsync(ct) is { } v
                ? v
                : Error.NotFound("The transfer of value");
        }

        /// <summary>Every HCP paid in <paramref name="year"/>, highest total first, with cap warnings.</summary>
        public async Task<Result<IReadOnlyList<HcpYearTotal>>> Totals(int year, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            if (CalendarYear.Problem(year) is { } badYear) return badYear;
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            var rows = (await db.TransfersOfValue.AsNoTracking().Where(t => t.PaidOn >= from && t.PaidOn < to)
                    .Select(t => new { t.HcpId, t.Nature, t.Amount }).ToListAsync(ct))
                .GroupBy(t => t.HcpId).ToList();
            var caps = await db.TransferCaps.AsNoTracking().ToListAsync(ct);
            var ids = rows.Select(r => r.Key).ToList();
            var names = await db.Hcps.AsNoTracking().Where(h => ids.Contains(h.Id))
                .Select(h => new { h.Id, Name = Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi), h.Npi })
                .ToDictionaryAsync(h => h.Id, h => (h.Name, h.Npi), ct);
            return rows.Select(g =>
                {
                    var warnings = TransferCaps.Evaluate(caps, g.GroupBy(t => t.Nature).ToDictionary(n => n.Key, n => n.Sum(t => t.Amount)), year);
                    var (name, npi) = names.GetValueOrDefault(g.Key, ("?", null));
                    return new HcpYearTotal(g.Key, name, npi, year, g.Sum(t => t.Amount), g.Count(), warnings);
                })
                .OrderByDescending(t => t.Total).ToList();
        }

        private IQueryable<TransferView> Project(IQueryable<TransferOfValue> q) =>
            from t in q
            join h in db.Hcps on t.HcpId equals h.Id
            select new TransferView(t.Id, t.HcpId, Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi), h.Npi, t.Amount, t.PaidOn, t.Nature,
                t.Form, t.NumberOfPayments, t.EventId, db.MedicalEvents.Where(e => e.Id == t.EventId).Select(e => e.Title).FirstOrDefault(),
                t.InteractionId, t.ProductId, db.Products.Where(p => p.Id == t.ProductId).Select(p => p.Name).FirstOrDefault(),
                t.Context, t.RecordedBy, t.CreatedAt, t.Version);
    }
}
