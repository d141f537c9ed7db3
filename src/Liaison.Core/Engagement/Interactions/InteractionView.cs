using System.Text.Json.Serialization;
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
    /// <summary>The view of a record just written, from the entity and the names its fields resolved to.</summary>
    public static InteractionView Of(Interaction i, string? owner, InteractionWriter.Named named, IReadOnlyList<Guid> intakes) =>
        new(i.Id, i.Kind, i.Channel, i.OccurredAt, i.DurationMinutes, i.Place, i.OwnerId, owner ?? "(former user)", i.Shared, i.Notes,
            i.Topics, i.UnsolicitedRequestId, i.EventId, i.Status, i.SignedAt, i.SignedBy, i.AmendmentCount, i.CreatedAt, i.UpdatedAt,
            i.Version, named.Attendees, named.Products, named.Materials,
            i.FollowUps.OrderBy(f => f.DueOn).Select(f => new FollowUpView(f.Id, f.Description, f.DueOn, f.CompletedAt)).ToList(),
            Safety.Detection.AdverseEventLanguage.Detect(i.Notes), intakes);

    /// <summary>The notes read like an AE or complaint and nobody has raised an intake from this interaction yet.</summary>
    public bool AsksForSafetyIntake => SafetySignals.Count > 0 && SafetyIntakeIds.Count == 0;
}

/// <summary>An interaction in a list or timeline; <c>AttendeeNames</c> are the first of its <c>Attendees</c> (see <see cref="Interactions.AttendeeNames"/>).</summary>
public sealed record InteractionSummary(Guid Id, InteractionKind Kind, InteractionChannel Channel, DateTime OccurredAt,
    string OwnerName, InteractionStatus Status, int AmendmentCount, int Attendees, IReadOnlyList<string> Topics,
    string? NotesExcerpt, IReadOnlyList<string> AttendeeNames)
{
    /// <summary>"Dr. Ana Ruiz, Ben Ode and 7 more".</summary>
    [JsonIgnore] public string AttendeeText => new Interactions.AttendeeNames(AttendeeNames, Attendees).ToString();
}
