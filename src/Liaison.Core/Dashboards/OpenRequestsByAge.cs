using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>
/// Unsolicited medical-information requests not yet answered (no interaction answers them), by age, and the oldest
/// ones: what Medical Information should pick up first.
/// </summary>
public static class OpenRequestsByAge
{
    public sealed record Bucket(string Label, int Count);

    public sealed record Item(Guid Id, DateTime ReceivedAt, string Product, string ReceivedBy, int AgeDays);

    public sealed record View(int Open, IReadOnlyList<Bucket> ByAge, IReadOnlyList<Item> Oldest);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<View>> Handle(int take, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return Error.Forbidden("Unsolicited requests are HCP-level medical records.");
            var now = db.UtcNow;
            var open = db.UnsolicitedRequests.AsNoTracking().Where(r => !db.Interactions.Any(i => i.UnsolicitedRequestId == r.Id));
            var twoDays = now.AddDays(-2);
            var week = now.AddDays(-7);
            var buckets = new List<Bucket>
            {
                new("Under 2 days", await open.CountAsync(r => r.ReceivedAt > twoDays, ct)),
                new("2 to 7 days", await open.CountAsync(r => r.ReceivedAt <= twoDays && r.ReceivedAt > week, ct)),
                new("Over 7 days", await open.CountAsync(r => r.ReceivedAt <= week, ct)),
            };
            // Who received it by their display name (the stored ReceivedBy is their sign-in name at the time).
            var oldest = await open.Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => new
                {
                    r.Id, r.ReceivedAt, p.Name,
                    ReceivedBy = db.Users.Where(u => u.Id == r.ReceivedById).Select(u => u.DisplayName).FirstOrDefault() ?? r.ReceivedBy,
                })
                .OrderBy(r => r.ReceivedAt).Take(take).ToListAsync(ct);
            return new View(buckets.Sum(b => b.Count), buckets,
                oldest.Select(o => new Item(o.Id, o.ReceivedAt, o.Name, o.ReceivedBy, (int)(now - o.ReceivedAt).TotalDays)).ToList());
        }
    }
}
