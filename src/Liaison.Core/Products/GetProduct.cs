using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Products;

public static class GetProduct
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<ProductView>> Handle(Guid id, CancellationToken ct) =>
            await db.Products.AsNoTracking().Where(p => p.Id == id).Select(ProductView.Projection).FirstOrDefaultAsync(ct)
                is { } view ? view : Error.NotFound("The product");
    }
}
