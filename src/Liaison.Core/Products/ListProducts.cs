using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Products;

public static class ListProducts
{
    public sealed record Query(string? Search = null, Guid? TherapeuticAreaId = null, bool IncludeArchived = false);

    public sealed class Handler(LiaisonDbContext db)
    {
        public Task<Paged<ProductView>> Handle(Query query, PageRequest page, CancellationToken ct)
        {
            var q = db.Products.AsNoTracking();
            if (!query.IncludeArchived) q = q.Where(p => p.ArchivedAt == null);
            if (query.TherapeuticAreaId is { } area) q = q.Where(p => p.TherapeuticAreaId == area);
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var s = query.Search.Trim().ToUpperInvariant();
                q = q.Where(p => p.Name.ToUpper().Contains(s) || p.GenericName.ToUpper().Contains(s) || p.Code.ToUpper().Contains(s));
            }
            return q.OrderBy(p => p.Name).Select(ProductView.Projection).ToPageAsync(page, ct);
        }
    }
}
