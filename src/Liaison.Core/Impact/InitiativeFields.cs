using System.ComponentModel.DataAnnotations;

namespace Liaison.Core.Impact;

/// <summary>What an initiative's designer writes: goal, targets, activities, outcome metric and windows.</summary>
public sealed record InitiativeFields
{
    [Required, StringLength(80, MinimumLength = 3)]
    [RegularExpression("^[a-z0-9][a-z0-9-]*$", ErrorMessage = "The slug may hold lower-case letters, digits and hyphens only.")]
    public string Slug { get; init; } = "";

    [Required, StringLength(200, MinimumLength = 3)]
    public string Name { get; init; } = "";

    [Required, StringLength(2000, MinimumLength = 3)]
    public string Goal { get; init; } = "";

    [Required, RegularExpression("^(hcp|site|patient)$", ErrorMessage = "The target list holds hcp, site or patient subjects.")]
    public string TargetKind { get; init; } = "hcp";

    [StringLength(4000)]
    public string? Activities { get; init; }

    [Required]
    public Guid? OutcomeDatasetId { get; init; }

    [Required, RegularExpression(@"^\d{4}-(0[1-9]|1[0-2])$", ErrorMessage = "The start month is YYYY-MM.")]
    public string StartMonth { get; init; } = "";

    [Range(2, 48)]
    public int PreMonths { get; init; } = 12;

    [Range(1, 48)]
    public int PostMonths { get; init; } = 12;

    [Required, RegularExpression("^(matched-did|did)$", ErrorMessage = "The design is matched-did or did.")]
    public string Design { get; init; } = "matched-did";

    [StringLength(400)]
    public string? CategoricalCovariates { get; init; }
}
