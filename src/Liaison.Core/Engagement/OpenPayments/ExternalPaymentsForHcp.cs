using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.OpenPayments;

/// <summary>What other companies paid an HCP, from imported Open Payments files: totals by year and payer, and the payments.</summary>
public static class ExternalPaymentsForHcp
{
    public sealed record PayerYear(int Year, string Payer, decimal Total, int Payments);

    public sealed record Item(int Year, DateOnly PaidOn, string Payer, decimal Amount, string Nature, string? Product, string? Study,
        ExternalPaymentKind Kind);

    public sealed record View(Guid HcpId, decimal Total, IReadOnlyList<PayerYear> ByPayer, IReadOnlyList<Item> Latest);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<View>> Handle(Guid hcpId, int latest, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var q = db.ExternalPayments.AsNoTracking().Where(p => p.HcpId == hcpId);
            var byPayer = await q.GroupBy(p => new { p.ProgramYear, p.PayerName })
                .Select(g => new PayerYear(g.Key.ProgramYear, g.Key.PayerName, g.Sum(p => p.Amount), g.Count()))
                .ToListAsync(ct);
            var items = await q.OrderByDescending(p => p.PaidOn).Take(latest)
                .Select(p => new Item(p.ProgramYear, p.PaidOn, p.PayerName, p.Amount, p.Nature, p.ProductName, p.StudyName, p.Kind))
                .ToListAsync(ct);
            return new View(hcpId, byPayer.Sum(p => p.Total),
                byPayer.OrderByDescending(p => p.Year).ThenByDescending(p => p.Total).ToList(), items);
        }
    }
}
