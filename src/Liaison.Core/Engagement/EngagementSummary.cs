using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Engagement.Transfers;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement;

/// <summary>
/// Field engagement in aggregate: counts and sums only, never a name, a note or an HCP-level row. This is all a
/// cross-functional viewer sees of engagement (the medical/commercial firewall), and the medical dashboard's header.
/// </summary>
public static class EngagementSummary
{
    public sealed record Count(string Label, int Value);

    public sealed record Amount(string Label, decimal Value);

    public sealed record View(DateOnly From, DateOnly To, int Interactions, int SignedInteractions, int HcpsReached,
        IReadOnlyList<Count> ByKind, IReadOnlyList<Count> ByMonth, IReadOnlyList<Count> ByProduct, int EventsHeld,
        int EventAttendance, int AdvocacyParticipants, int AttendeesTestedTwice, double? MeanPreScore, double? MeanPostScore,
        double? MeanScoreChange, double? MeanFeedback, decimal TransfersTotal, int TransfersCount, IReadOnlyList<Amount> TransfersByNature);

    public sealed class Handler(LiaisonDbContext db)
    {
        /// <summary>The twelve months up to today, or a calendar year (from <see cref="CalendarYear.First"/> to <see cref="CalendarYear.Last"/>).</summary>
        public async Task<View> Handle(int? year, CancellationToken ct)
        {
            if (CalendarYear.Problem(year) is { } badYear) throw new ArgumentOutOfRangeException(nameof(year), badYear.Message);
            var today = DateOnly.FromDateTime(db.UtcNow);
            var (from, to) = year is { } y ? (new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1))
                : (new DateOnly(today.Year, today.Month, 1).AddMonths(-11), new DateOnly(today.Year, today.Month, 1).AddMonths(1));
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var end = to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var interactions = db.Interactions.AsNoTracking().Where(i => i.OccurredAt >= start && i.OccurredAt < end);

            var byKind = await interactions.GroupBy(i => i.Kind).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
            var byStatus = await interactions.GroupBy(i => i.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
            var byMonth = await interactions.GroupBy(i => new { i.OccurredAt.Year, i.OccurredAt.Month })
                .Select(g => new { g.Key.Year, g.Key.Month, N = g.Count() }).ToListAsync(ct);
            var byProduct = await interactions.Join(db.InteractionProducts, i => i.Id, p => p.InteractionId, (i, p) => p.ProductId)
                .Join(db.Products, id => id, p => p.Id, (id, p) => p.Name).GroupBy(n => n)
                .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
            var reached = await interactions.Join(db.InteractionAttendees.Where(a => a.HcpId != null), i => i.Id, a => a.InteractionId,
                (i, a) => a.HcpId).Distinct().CountAsync(ct);

            var held = await db.MedicalEvents.AsNoTracking()
                .Where(e => e.StartsAt >= start && e.StartsAt < end && e.Status == EventStatus.Held).Select(e => e.Id).ToListAsync(ct);
            var outcomes = (await EventOutcomes.ForAsync(db, held, ct)).Values.ToList();
            var tested = outcomes.Where(o => o.TestedBoth > 0).ToList();
            double? Weighted(Func<EventOutcome, double?> f, Func<EventOutcome, int> w, IReadOnlyList<EventOutcome> list) =>
                list.Sum(w) == 0 ? null : Math.Round(list.Sum(o => (f(o) ?? 0) * w(o)) / list.Sum(w), 1);

            var transfers = (await db.TransfersOfValue.AsNoTracking().Where(t => t.PaidOn >= from && t.PaidOn < to)
                .Select(t => new { t.Nature, t.Amount }).ToListAsync(ct));

            var months = Enumerable.Range(0, 12).Select(k => from.AddMonths(k)).Where(m => m < to)
                .Select(m => new Count(m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                    byMonth.FirstOrDefault(x => x.Year == m.Year && x.Month == m.Month)?.N ?? 0)).ToList();
            return new View(from, to.AddDays(-1), byKind.Sum(k => k.N),
                byStatus.Where(s => s.Key == InteractionStatus.Signed).Sum(s => s.N), reached,
                Enum.GetValues<InteractionKind>().Select(k => new Count(k.Describe(), byKind.FirstOrDefault(x => x.Key == k)?.N ?? 0)).ToList(),
                months, byProduct.OrderByDescending(p => p.N).Select(p => new Count(p.Key, p.N)).ToList(),
                held.Count, outcomes.Sum(o => o.Attended), outcomes.Sum(o => o.AdvocacyParticipants),
                tested.Sum(o => o.TestedBoth), Weighted(o => o.MeanPreScore, o => o.TestedBoth, tested),
                Weighted(o => o.MeanPostScore, o => o.TestedBoth, tested), Weighted(o => o.MeanScoreChange, o => o.TestedBoth, tested),
                Weighted(o => o.MeanOverall, o => o.FeedbackForms, outcomes), transfers.Sum(t => t.Amount), transfers.Count,
                transfers.GroupBy(t => t.Nature).OrderByDescending(g => g.Sum(t => t.Amount))
                    .Select(g => new Amount(g.Key.Cms(), g.Sum(t => t.Amount))).ToList());
        }
    }
}
