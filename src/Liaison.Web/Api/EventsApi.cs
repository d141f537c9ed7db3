using Liaison.Core.Common;
using Liaison.Core.Engagement.Events;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>Educational sessions and roundtables: participants are HCP-level, so the whole group is medical-only.</summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events").WithTags("Events").RequireAuthorization(Policies.Medical);
        group.MapGet("/", List).WithName("ListEvents");
        group.MapGet("/{id:guid}", Get).WithName("GetEvent").WithSummary("An event with participants, test scores and outcome.");
        group.MapGet("/exposures", Exposures).WithName("EventExposures")
            .WithSummary("Attendance as an impact exposure list: subjectId (NPI) and exposedOn (first attended day), for `eventId`s or a `series`.");
        var write = group.MapGroup("").RequireAuthorization(Policies.FieldTeam);
        write.MapPost("/", Create).WithName("CreateEvent");
        write.MapPut("/{id:guid}", Update).WithName("UpdateEvent");
        write.MapPost("/{id:guid}/invitations", Invite).WithName("InviteToEvent");
        write.MapPost("/{id:guid}/walk-ins", WalkIn).WithName("CheckInWalkIns");
        write.MapPost("/{id:guid}/participants/{participantId:guid}/registration", Register).WithName("RegisterParticipant");
        write.MapPost("/{id:guid}/participants/{participantId:guid}/decline", Decline).WithName("DeclineParticipant");
        write.MapPost("/{id:guid}/participants/{participantId:guid}/check-in", CheckIn).WithName("CheckInParticipant");
        write.MapPut("/{id:guid}/knowledge-test", SetQuestions).WithName("SetKnowledgeTest")
            .WithSummary("Replaces the event's test questions (If-Match: the event's ETag, which the change moves on).");
        write.MapPost("/{id:guid}/participants/{participantId:guid}/scores", Score).WithName("RecordKnowledgeScore");
        write.MapPost("/{id:guid}/participants/{participantId:guid}/feedback", Feedback).WithName("RecordEventFeedback");
        return api;
    }

    public sealed record ListParameters(EventKind? Kind, EventStatus? Status, string? Series, DateTime? From, DateTime? To);

    private static async Task<Results<Ok<Paged<EventSummary>>, ProblemHttpResult>> List([AsParameters] ListParameters p,
        [AsParameters] PageRequest page, ListEvents.Handler handler, CancellationToken ct) =>
        (await handler.Handle(new ListEvents.Query(p.Kind, p.Status, p.Series, p.From, p.To), page, ct)).ToOk();

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> Get(Guid id, GetEvent.Handler handler, HttpResponse response,
        CancellationToken ct) => ApiResults.Versioned(await handler.Handle(id, ct), response, e => e.Version);

    private static async Task<Results<Ok<IReadOnlyList<EventExposures.Exposure>>, ProblemHttpResult>> Exposures(Guid[]? eventId,
        string? series, EventExposures.Handler handler, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(series)) return TypedResults.Ok(await handler.ForSeries(series.Trim(), ct));
        if (eventId is not { Length: > 0 }) return ApiResults.Problem(Error.Invalid("EventId", "Name events with `eventId` or a `series`."));
        return TypedResults.Ok(await handler.Handle(eventId, ct));
    }

    private static async Task<Results<Created<EventView>, ProblemHttpResult>> Create(EventFields fields, SaveEvent.Handler handler,
        HttpResponse response, CancellationToken ct) =>
        (await handler.Create(fields, ct)).ToCreated(response, e => $"/api/v1/events/{e.Id}", e => e.Version);

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> Update(Guid id, EventFields fields,
        [FromHeader(Name = "If-Match")] string? ifMatch, SaveEvent.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Update(id, version.Value, fields, ct), response, e => e.Version);
    }

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> Invite(Guid id, ParticipantsFields people,
        EventParticipation.Handler handler, CancellationToken ct) => (await handler.Invite(id, people, ct)).ToOk();

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> WalkIn(Guid id, ParticipantsFields people,
        EventParticipation.Handler handler, CancellationToken ct) => (await handler.WalkIn(id, people, ct)).ToOk();

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> Register(Guid id, Guid participantId,
        EventParticipation.Handler handler, CancellationToken ct) => (await handler.Register(id, participantId, ct)).ToOk();

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> Decline(Guid id, Guid participantId,
        EventParticipation.Handler handler, CancellationToken ct) => (await handler.Decline(id, participantId, ct)).ToOk();

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> CheckIn(Guid id, Guid participantId,
        EventParticipation.Handler handler, CancellationToken ct) => (await handler.CheckIn(id, participantId, ct)).ToOk();

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> SetQuestions(Guid id, List<QuestionFields> questions,
        [FromHeader(Name = "If-Match")] string? ifMatch, EventTests.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.SetQuestions(id, version.Value, questions, ct), response, e => e.Version);
    }

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> Score(Guid id, Guid participantId, ScoreFields score,
        EventTests.Handler handler, CancellationToken ct) => (await handler.RecordScore(id, participantId, score, ct)).ToOk();

    private static async Task<Results<Ok<EventView>, ProblemHttpResult>> Feedback(Guid id, Guid participantId, FeedbackFields form,
        EventTests.Handler handler, CancellationToken ct) => (await handler.RecordFeedback(id, participantId, form, ct)).ToOk();
}
