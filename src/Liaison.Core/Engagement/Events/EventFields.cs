using System.ComponentModel.DataAnnotations;
using Liaison.Core.Engagement.Interactions;

namespace Liaison.Core.Engagement.Events;

public sealed record EventFields
{
    [Required] public EventKind? Kind { get; init; }
    [Required, StringLength(300, MinimumLength = 3)] public string Title { get; init; } = "";
    [StringLength(200)] public string? Series { get; init; }
    public Guid? ProductId { get; init; }
    [Required] public DateTime? StartsAt { get; init; }
    [Required] public DateTime? EndsAt { get; init; }
    [Required] public InteractionChannel? Channel { get; init; }
    [StringLength(300)] public string? Place { get; init; }
    [StringLength(8000)] public string? Agenda { get; init; }
    [Range(1, 10000)] public int? Capacity { get; init; }
    [Range(0, 100_000_000)] public decimal BudgetEstimated { get; init; }
    [Range(0, 100_000_000)] public decimal BudgetCommitted { get; init; }
    [Range(0, 100_000_000)] public decimal BudgetActual { get; init; }
    public EventStatus Status { get; init; } = EventStatus.Planned;
    [MaxLength(50)] public List<SpeakerFields> Speakers { get; init; } = [];
}

public sealed record SpeakerFields
{
    public Guid? HcpId { get; init; }
    [StringLength(200)] public string? Name { get; init; }
    [StringLength(300)] public string? Topic { get; init; }
}

public sealed record QuestionFields
{
    [Required, StringLength(1000, MinimumLength = 5)] public string Text { get; init; } = "";
    [Required, MinLength(2), MaxLength(8)] public List<string> Choices { get; init; } = [];
    [Range(0, 7)] public int CorrectChoice { get; init; }
}

/// <summary>A score: either the answers given (zero-based choices, one per question) or the count correct on paper.</summary>
public sealed record ScoreFields
{
    [Required] public TestPhase? Phase { get; init; }
    public List<int>? Answers { get; init; }
    [Range(0, 1000)] public int? Correct { get; init; }
}

public sealed record FeedbackFields
{
    // Worded as the handler words it (RecordFeedback), which the event page's form reaches only past these.
    [Range(1, 5, ErrorMessage = Rating)] public int Overall { get; init; }
    [Range(1, 5, ErrorMessage = Rating)] public int Relevance { get; init; }
    [Range(1, 5, ErrorMessage = Rating)] public int SpeakerQuality { get; init; }
    public bool WouldRecommend { get; init; }
    [StringLength(4000)] public string? Comments { get; init; }

    internal const string Rating = "A rating is from 1 to 5.";
}

/// <summary>Invite HCPs and patient-advocacy representatives, or check in a walk-in.</summary>
public sealed record ParticipantsFields
{
    /// <summary>How the invitation goes out (email unless said): the HCPs' consent must cover it. Ignored for walk-ins.</summary>
    public Directory.Privacy.ConsentChannel Channel { get; init; } = Directory.Privacy.ConsentChannel.Email;
    [MaxLength(1000)] public List<Guid> HcpIds { get; init; } = [];
    [MaxLength(200)] public List<Guid> AdvocateIds { get; init; } = [];
}
