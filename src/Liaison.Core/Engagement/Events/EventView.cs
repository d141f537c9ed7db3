using Liaison.Core.Engagement.Interactions;

namespace Liaison.Core.Engagement.Events;

public sealed record SpeakerView(Guid Id, Guid? HcpId, string Name, string? Topic);

public sealed record ParticipantView(Guid Id, Guid? HcpId, string? Npi, Guid? AdvocateId, string Name, string? Detail,
    ParticipationStatus Status, DateTime? InvitedAt, DateTime? RegisteredAt, DateTime? CheckedInAt, bool WalkIn,
    double? PreScore, double? PostScore, bool FeedbackGiven, Directory.Privacy.ConsentChannel? InvitedVia = null)
{
    /// <summary>Post minus pre, in percentage points, when both tests were taken.</summary>
    public double? ScoreChange => PreScore is { } pre && PostScore is { } post ? post - pre : null;
}

public sealed record QuestionView(Guid Id, int Number, string Text, IReadOnlyList<string> Choices, int CorrectChoice);

/// <summary>Aggregates of an event: safe to show beyond the firewall (no names).</summary>
public sealed record EventOutcome(int Invited, int Registered, int Attended, int WalkIns, int AdvocacyParticipants,
    int TestedBoth, double? MeanPreScore, double? MeanPostScore, double? MeanScoreChange, int FeedbackForms,
    double? MeanOverall, double? MeanRelevance, double? MeanSpeakerQuality, double? ShareWouldRecommend);

public sealed record EventSummary(Guid Id, EventKind Kind, string Title, string? Series, DateTime StartsAt, EventStatus Status,
    string? Product, int Attended, int Invited);

public sealed record EventView(Guid Id, EventKind Kind, string Title, string? Series, Guid? ProductId, string? Product,
    DateTime StartsAt, DateTime EndsAt, InteractionChannel Channel, string? Place, string OwnerId, string OwnerName,
    string? Agenda, int? Capacity, decimal BudgetEstimated, decimal BudgetCommitted, decimal BudgetActual, EventStatus Status,
    long Version, IReadOnlyList<SpeakerView> Speakers, IReadOnlyList<ParticipantView> Participants,
    IReadOnlyList<QuestionView> Questions, EventOutcome Outcome);
