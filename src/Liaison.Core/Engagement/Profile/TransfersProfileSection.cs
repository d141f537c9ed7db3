using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Profile;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.Core.Engagement.Transfers;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Profile;

/// <summary>
/// The HCP profile's transfers of value (medical only): what the company gave this year against the caps, the latest
/// payments, and what other companies paid according to imported Open Payments files.
/// </summary>
public sealed class TransfersProfileSection(LiaisonDbContext db, TransferCaps.Handler caps, ExternalPaymentsForHcp.Handler others)
    : IHcpProfileSection
{
    public sealed record Payment(DateOnly PaidOn, decimal Amount, string Nature, string? Context);

    public sealed record Data(int Year, decimal ThisYear, IReadOnlyList<CapWarning> Warnings, IReadOnlyList<Payment> Latest,
        decimal OtherCompaniesTotal, IReadOnlyList<ExternalPaymentsForHcp.PayerYear> OtherCompanies);

    public string Key => "transfers-of-value";
    public string Title => "Transfers of value";
    public int Order => 60;
    public bool IsMedical => true;

    public async Task<object?> LoadAsync(Guid hcpId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsMedical()) return null;
        var year = db.UtcNow.Year;
        var from = new DateOnly(year, 1, 1);
        var latest = await db.TransfersOfValue.AsNoTracking().Where(t => t.HcpId == hcpId).OrderByDescending(t => t.PaidOn).Take(10)
            .Select(t => new { t.PaidOn, t.Amount, t.Nature, t.Context }).ToListAsync(ct);
        var thisYear = (await db.TransfersOfValue.AsNoTracking().Where(t => t.HcpId == hcpId && t.PaidOn >= from)
            .Select(t => t.Amount).ToListAsync(ct)).Sum();
        var external = (await others.Handle(hcpId, 0, ct)).Value?.ByPayer ?? [];
        if (latest.Count == 0 && external.Count == 0) return null;
        return new Data(year, thisYear, await caps.Check(hcpId, year, ct),
            latest.Select(t => new Payment(t.PaidOn, t.Amount, t.Nature.Cms(), t.Context)).ToList(), external.Sum(e => e.Total),
            external.Take(20).ToList());
    }
}
