using System.ComponentModel.DataAnnotations;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>What an MSL writes when logging, editing or amending an interaction.</summary>
public sealed record InteractionFields
{
    [Required] public InteractionKind? Kind { get; init; }
    [Required] public InteractionChannel? Channel { get; init; }
    /// <summary>When it took place (UTC).</summary>
    [Required] public DateTime? OccurredAt { get; init; }
    [Range(1, 24 * 60)] public int DurationMinutes { get; init; } = 30;
    [StringLength(200)] public string? Place { get; init; }
    [MaxLength(500)] public List<Guid> HcpIds { get; init; } = [];
    [MaxLength(100)] public List<Guid> AdvocateIds { get; init; } = [];
    [MaxLength(20)] public List<Guid> ProductIds { get; init; } = [];
    [MaxLength(20)] public List<string> Topics { get; init; } = [];
    [MaxLength(20)] public List<Guid> MaterialIds { get; init; } = [];
    [StringLength(20000, ErrorMessage = NotesTooLong)] public string? Notes { get; init; }

    public const string NotesTooLong = "Notes run to at most 20,000 characters: keep the call report's essentials here.";
    [MaxLength(20)] public List<FollowUpFields> FollowUps { get; init; } = [];
    /// <summary>The documented unsolicited request this interaction answers (needed for off-label material).</summary>
    public Guid? UnsolicitedRequestId { get; init; }
    public Guid? EventId { get; init; }
    public bool Shared { get; init; }
}

public sealed record FollowUpFields
{
    [Required, StringLength(500, MinimumLength = 2)] public string Description { get; init; } = "";
    [Required] public DateOnly? DueOn { get; init; }
}

/// <summary>An amendment: the corrected fields and why.</summary>
public sealed record AmendmentFields
{
    [Required, StringLength(2000, MinimumLength = 5)] public string Reason { get; init; } = "";
    [Required] public InteractionFields Interaction { get; init; } = new();
}
