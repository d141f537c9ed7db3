using System.Linq.Expressions;

namespace Liaison.Core.Products;

public sealed record ProductView(Guid Id, string Code, string Name, string GenericName, Guid TherapeuticAreaId,
    string TherapeuticArea, string? ApprovedIndications, bool Archived, DateTime CreatedAt, long Version)
{
    public static readonly Expression<Func<Product, ProductView>> Projection = p => new ProductView(p.Id, p.Code, p.Name,
        p.GenericName, p.TherapeuticAreaId, p.TherapeuticArea!.Name, p.ApprovedIndications, p.ArchivedAt != null,
        p.CreatedAt, p.Version);
}
