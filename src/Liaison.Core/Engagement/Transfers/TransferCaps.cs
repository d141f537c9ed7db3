using System.Globalization;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Transfers;

/// <summary>The per-HCP annual caps: reading, setting, removing, and checking an HCP's year against them.</summary>
public static class TransferCaps
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<IReadOnlyList<CapView>> List(CancellationToken ct) =>
            (await db.TransferCaps.AsNoTracking().ToListAsync(ct))
            .OrderBy(c => c.Nature is null ? 0 : 1).ThenBy(c => c.Nature)
            .Select(ToView).ToList();

        /// <summary>
        /// Sets the cap for a nature (or the total), creating it when there is none. Changing one needs the version it was
        /// read at, as every versioned record does; a new one needs none, and a version given for a cap removed since is stale.
        /// </summary>
        public async Task<Result<CapView>> Set(CapFields f, ExpectedVersion? expectedVersion, CancellationToken ct)
        {
            var cap = (await db.TransferCaps.ToListAsync(ct)).FirstOrDefault(c => c.Nature == f.Nature);
            if (cap is null)
            {
                if (expectedVersion is not null) return Error.Stale();
                db.TransferCaps.Add(cap = new TransferCap { Id = Guid.CreateVersion7(), Nature = f.Nature });
            }
            else if (expectedVersion is not { } version) return Error.VersionRequired();
            else if (db.Expect(cap, version) is { } stale) return stale;
            cap.AnnualLimit = f.AnnualLimit!.Value;
            cap.WarnAtPercent = f.WarnAtPercent;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return ToView(cap);
        }

        public async Task<Result<CapView>> Remove(Guid id, ExpectedVersion expectedVersion, CancellationToken ct)
        {
            var cap = await db.TransferCaps.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (cap is null) return Error.NotFound("The cap");
            if (db.Expect(cap, expectedVersion) is { } stale) return stale;
            var removed = ToView(cap);
            db.TransferCaps.Remove(cap);
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return removed;
        }

        /// <summary>The caps one HCP's payments in <paramref name="year"/> are near or over.</summary>
        public async Task<IReadOnlyList<CapWarning>> Check(Guid hcpId, int year, CancellationToken ct)
        {
            var caps = await db.TransferCaps.AsNoTracking().ToListAsync(ct);
            if (caps.Count == 0) return [];
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            var byNature = (await db.TransfersOfValue.AsNoTracking().Where(t => t.HcpId == hcpId && t.PaidOn >= from && t.PaidOn < to)
                    .Select(t => new { t.Nature, t.Amount }).ToListAsync(ct))
                .GroupBy(t => t.Nature).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
            return Evaluate(caps, byNature, year);
        }

        private static CapView ToView(TransferCap c) => new(c.Id, c.Nature, c.Nature is { } n ? n.Cms() : "All payments",
            c.AnnualLimit, c.WarnAtPercent, c.Version);
    }

    /// <summary>The caps a year of payments (summed by nature) is near or over, the total cap first.</summary>
    public static IReadOnlyList<CapWarning> Evaluate(IEnumerable<TransferCap> caps, IReadOnlyDictionary<PaymentNature, decimal> byNature,
        int year)
    {
        var warnings = new List<CapWarning>();
        foreach (var cap in caps.OrderBy(c => c.Nature is null ? 0 : 1))
        {
            var received = cap.Nature is { } n ? byNature.GetValueOrDefault(n) : byNature.Values.Sum();
            var what = cap.Nature is { } nature ? $"{nature.Cms()} payments" : "payments in total";
            if (received > cap.AnnualLimit)
                warnings.Add(new(cap.Nature, cap.AnnualLimit, received, CapLevel.Exceeded,
                    $"Over the annual cap: {received.ToString("N2", CultureInfo.InvariantCulture)} USD of {what} in {year}, above the {cap.AnnualLimit.ToString("N2", CultureInfo.InvariantCulture)} USD limit."));
            else if (received >= cap.AnnualLimit * cap.WarnAtPercent / 100m)
                warnings.Add(new(cap.Nature, cap.AnnualLimit, received, CapLevel.Near,
                    $"Near the annual cap: {received.ToString("N2", CultureInfo.InvariantCulture)} USD of {what} in {year}, {Math.Round(100 * received / cap.AnnualLimit)}% of the {cap.AnnualLimit.ToString("N2", CultureInfo.InvariantCulture)} USD limit."));
        }
        return warnings;
    }
}
