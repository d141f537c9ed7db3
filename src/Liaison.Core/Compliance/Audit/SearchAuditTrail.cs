using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Compliance.Audit;

public static class SearchAuditTrail
{
    public sealed record Query(string? Entity = null, string? EntityKey = null, string? Actor = null, string? Action = null,
        DateTime? From = null, DateTime? To = null);

    public sealed record Item(long? Sequence, DateTime At, string Actor, string Entity, string EntityKey, string Action,
        string? Reason, string? OldValues, string? NewValues, string? Hash);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<Paged<Item>>> Handle(Query query, PageRequest page, CancellationToken ct)
        {
            if (DateWindow.Reversed(query.From, query.To) is { } reversed) return reversed;
            var q = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Entity)) q = q.Where(e => e.Entity == query.Entity);
            if (!string.IsNullOrWhiteSpace(query.EntityKey)) q = q.Where(e => e.EntityKey == query.EntityKey.Trim());
            if (!string.IsNullOrWhiteSpace(query.Action)) q = q.Where(e => e.Action == query.Action);
            if (!string.IsNullOrWhiteSpace(query.Actor))
            {
                var actor = query.Actor.Trim().ToUpperInvariant();
                q = q.Where(e => e.Actor.ToUpper().Contains(actor));
            }
            if (query.From is { } from) q = q.Where(e => e.At >= from);
            if (query.To is { } to) q = q.Where(e => e.At < to);
            return await q.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                .Select(e => new Item(e.Sequence, e.At, e.Actor, e.Entity, e.EntityKey, e.Action, e.Reason, e.OldValues,
                    e.NewValues, e.Hash))
                .ToPageAsync(page, ct);
        }

        public Task<List<string>> Entities(CancellationToken ct) =>
            db.AuditEntries.Select(e => e.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);
    }
}
