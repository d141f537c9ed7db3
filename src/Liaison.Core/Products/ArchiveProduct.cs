using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Products;

/// <summary>
/// Archives a product (it leaves pick lists; its history stays) or restores it. Products are never deleted:
/// interactions, content and safety cases refer to them.
/// </summary>
public static class ArchiveProduct
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<ProductView>> Handle(Guid id, ExpectedVersion expectedVersion, bool archived, CancellationToken ct)
        {
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (product is null) return Error.NotFound("The product");
            if (db.Expect(product, expectedVersion) is { } stale) return stale;
            if ((product.ArchivedAt is not null) != archived)
            {
                product.ArchivedAt = archived ? db.UtcNow : null;
                if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            }
            return await new GetProduct.Handler(db).Handle(id, ct);
        }
    }
}
