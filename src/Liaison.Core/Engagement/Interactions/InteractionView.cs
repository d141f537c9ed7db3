using Liaison.Core.Engagement.Content;
using Liaison.Core.Safety.Detection;

namespace Liaison.Core.Engagement.Interactions;

public sealed record AttendeeView(Guid? HcpId, string? Npi, Guid? AdvocateId, string Name, string? Detail);

public sealed record NamedRef(Guid Id, string Name);

public sealed record MaterialView(Guid ContentItemId, string Title, string VersionLabel, bool OffLabel,
    CertificationStanding Certification);

public sealed record FollowUpView(Guid Id, string Description, DateOnly DueOn, DateTime? CompletedAt);

/// <summary>
/// One interaction as its readers see it, with what the AE detector finds in its notes and the safety intakes
/// already raised from it: a signal without an intake is the prompt to raise one.
/// </summary>
public sealed record InteractionView(Guid Id, InteractionKind Kind, InteractionChannel Channel, DateTime OccurredAt,
    int DurationMinutes, string? Place, string OwnerId, string OwnerName, bool Shared, string? Notes, IReadOnlyList<string> Topics,
    Guid? UnsolicitedRequestId, Guid? EventId, InteractionStatus Status, DateTime? SignedAt, string? SignedBy,
    int AmendmentCount, DateTime CreatedAt, DateTime UpdatedAt, long Version, IReadOnlyList<AttendeeView> Attendees,
    IReadOnlyList<NamedRef> Products, IReadOnlyList<MaterialView> Materials, IReadOnlyList<FollowUpView> FollowUps,
    IReadOnlyList<SafetySignal> SafetySignals, IReadOnlyList<Guid> SafetyIntakeIds)
{
    /// <summary>The notes read like an AE or complaint and nobody has raised an intake from this interaction yet.</summary>
    public bool AsksForSafetyIntake => SafetySignals.Count > 0 && SafetyIntakeIds.Count == 0;
}

/// <summary>An interaction in a list or timeline.</summary>
public sealed record InteractionSummary(Guid Id, InteractionKind Kind, InteractionChannel Channel, DateTime OccurredAt,
    string OwnerName, InteractionStatus Status, int AmendmentCount, int Attendees, IReadOnlyList<string> Topics,
    string? NotesExcerpt);
