using System.ComponentModel.DataAnnotations;

namespace Liaison.Core.Products;

/// <summary>What a user writes when creating or editing a product.</summary>
public sealed record ProductFields
{
    [Required, StringLength(32, MinimumLength = 2)]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9-]*$", ErrorMessage = "The code may hold letters, digits and hyphens only.")]
    public string Code { get; init; } = "";

    [Required, StringLength(120, MinimumLength = 2)]
    public string Name { get; init; } = "";

    [Required, StringLength(200, MinimumLength = 2)]
    public string GenericName { get; init; } = "";

    [Required]
    public Guid? TherapeuticAreaId { get; init; }

    [StringLength(4000)]
    public string? ApprovedIndications { get; init; }
}
