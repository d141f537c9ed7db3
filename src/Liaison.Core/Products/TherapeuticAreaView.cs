using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;

namespace Liaison.Core.Products;

public sealed record TherapeuticAreaView(Guid Id, string Code, string Name, string? Description, bool Archived,
    int ActiveProducts, long Version)
{
    public static Expression<Func<TherapeuticArea, TherapeuticAreaView>> Projection(IQueryable<Product> products) =>
        a => new TherapeuticAreaView(a.Id, a.Code, a.Name, a.Description, a.ArchivedAt != null,
            products.Count(p => p.TherapeuticAreaId == a.Id && p.ArchivedAt == null), a.Version);
}

/// <summary>What a user writes when creating or editing a therapeutic area.</summary>
public sealed record TherapeuticAreaFields
{
    [Required, StringLength(16, MinimumLength = 2)]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9-]*$", ErrorMessage = "The code may hold letters, digits and hyphens only.")]
    public string Code { get; init; } = "";

    [Required, StringLength(120, MinimumLength = 2)]
    public string Name { get; init; } = "";

    [StringLength(2000)]
    public string? Description { get; init; }
}
