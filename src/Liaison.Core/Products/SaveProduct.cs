using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Products;

/// <summary>Creates a product, or edits one at the version the editor read.</summary>
public static class SaveProduct
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<ProductView>> Create(ProductFields fields, CancellationToken ct)
        {
            var product = new Product { Id = Guid.CreateVersion7(), CreatedAt = db.UtcNow };
            if (await Apply(product, fields, ct) is { } invalid) return invalid;
            db.Products.Add(product);
            await db.SaveChangesAsync(ct);
            return await new GetProduct.Handler(db).Handle(product.Id, ct);
        }

        public async Task<Result<ProductView>> Update(Guid id, ExpectedVersion expectedVersion, ProductFields fields, CancellationToken ct)
        {
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (product is null) return Error.NotFound("The product");
            if (db.Expect(product, expectedVersion) is { } stale) return stale;
            if (product.ArchivedAt is not null) return Error.Conflict("An archived product cannot be edited; restore it first.");
            if (await Apply(product, fields, ct) is { } invalid) return invalid;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await new GetProduct.Handler(db).Handle(product.Id, ct);
        }

        private async Task<Error?> Apply(Product product, ProductFields f, CancellationToken ct)
        {
            var code = f.Code.Trim().ToUpperInvariant();
            var name = f.Name.Trim();
            if (!await db.TherapeuticAreas.AnyAsync(a => a.Id == f.TherapeuticAreaId && a.ArchivedAt == null, ct))
                return Error.Invalid(nameof(f.TherapeuticAreaId), "Choose an active therapeutic area.");
            if (await db.Products.AnyAsync(p => p.Id != product.Id && p.Code == code, ct))
                return Error.Invalid(nameof(f.Code), $"Another product already has the code {code}.");
            var upperName = name.ToUpperInvariant();
            if (await db.Products.AnyAsync(p => p.Id != product.Id && p.Name.ToUpper() == upperName, ct))
                return Error.Invalid(nameof(f.Name), $"Another product is already named {name}.");
            product.Code = code;
            product.Name = name;
            product.GenericName = f.GenericName.Trim();
            product.TherapeuticAreaId = f.TherapeuticAreaId!.Value;
            product.ApprovedIndications = string.IsNullOrWhiteSpace(f.ApprovedIndications) ? null : f.ApprovedIndications.Trim();
            return null;
        }
    }
}
