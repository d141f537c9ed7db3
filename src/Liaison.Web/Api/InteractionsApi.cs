using Liaison.Core.Common;
using Liaison.Core.Engagement.Interactions;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>Interactions: HCP-level medical records, behind the firewall (viewers get 403 on every route).</summary>
public static class InteractionsApi
{
    public static RouteGroupBuilder MapInteractionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/interactions").WithTags("Interactions").RequireAuthorization(Policies.Medical);
        group.MapGet("/", List).WithName("ListInteractions").WithSummary("Interactions the caller may see, newest first.");
        group.MapGet("/{id:guid}", Get).WithName("GetInteraction")
            .WithSummary("One interaction with its ETag; safetySignals lists AE/complaint language found in its notes.");
        group.MapPost("/", Create).WithName("RecordInteraction").RequireAuthorization(Policies.FieldTeam)
            .WithSummary("Logs an interaction as a draft owned by the caller.");
        group.MapPut("/{id:guid}", Edit).WithName("EditInteraction").RequireAuthorization(Policies.FieldTeam)
            .WithSummary("Edits a draft (If-Match). A signed interaction answers 409: amend it instead.");
        group.MapPost("/{id:guid}/signature", Sign).WithName("SignInteraction").RequireAuthorization(Policies.FieldTeam)
            .WithSummary("Signs and locks the interaction (If-Match).");
        group.MapPost("/{id:guid}/amendments", Amend).WithName("AmendInteraction").RequireAuthorization(Policies.FieldTeam)
            .WithSummary("Amends a signed interaction with a reason (If-Match); the signed version is kept.");
        group.MapGet("/{id:guid}/amendments", Amendments).WithName("ListInteractionAmendments");

        api.MapGet("/hcps/{hcpId:guid}/interactions", ForHcp).WithTags("Interactions").RequireAuthorization(Policies.Medical)
            .WithName("ListHcpInteractions").WithSummary("An HCP's interaction timeline.").RequireKnownHcp("hcpId");
        var followUps = api.MapGroup("/follow-ups").WithTags("Interactions").RequireAuthorization(Policies.Medical);
        followUps.MapGet("/due", Due).WithName("DueFollowUps").WithSummary("The caller's open follow-ups due within `days` days, overdue first.");
        followUps.MapPost("/{id:guid}/completion", Complete).WithName("CompleteFollowUp");
        return api;
    }

    public sealed record ListParameters(Guid? HcpId, bool? Mine, InteractionKind? Kind, Guid? ProductId, DateTime? From, DateTime? To,
        InteractionStatus? Status, Guid? EventId);

    private static async Task<Results<Ok<Paged<InteractionSummary>>, ProblemHttpResult>> List([AsParameters] ListParameters p,
        [AsParameters] PageRequest page, ListInteractions.Handler handler, HttpContext http, CancellationToken ct) =>
        (await handler.Handle(new ListInteractions.Query(p.HcpId, p.Mine == true ? Me(http) : null, p.Kind, p.ProductId, p.From, p.To,
            p.Status, p.EventId), page, ct)).ToOk();

    private static async Task<Results<Ok<Paged<InteractionSummary>>, ProblemHttpResult>> ForHcp(Guid hcpId,
        [AsParameters] PageRequest page, ListInteractions.Handler handler, CancellationToken ct) =>
        (await handler.Handle(new ListInteractions.Query(HcpId: hcpId), page, ct)).ToOk();

    private static async Task<Results<Ok<InteractionView>, ProblemHttpResult>> Get(Guid id, GetInteraction.Handler handler,
        HttpResponse response, CancellationToken ct) =>
        ApiResults.Versioned(await handler.Handle(id, ct), response, i => i.Version);

    private static async Task<Results<Created<InteractionView>, ProblemHttpResult>> Create(InteractionFields fields,
        RecordInteraction.Handler handler, HttpResponse response, CancellationToken ct) =>
        (await handler.Handle(fields, ct)).ToCreated(response, i => $"/api/v1/interactions/{i.Id}", i => i.Version);

    private static async Task<Results<Ok<InteractionView>, ProblemHttpResult>> Edit(Guid id, InteractionFields fields,
        [FromHeader(Name = "If-Match")] string? ifMatch, EditInteraction.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Handle(id, version.Value, fields, ct), response, i => i.Version);
    }

    private static async Task<Results<Ok<InteractionView>, ProblemHttpResult>> Sign(Guid id,
        [FromHeader(Name = "If-Match")] string? ifMatch, SignInteraction.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Handle(id, version.Value, ct), response, i => i.Version);
    }

    private static async Task<Results<Ok<InteractionView>, ProblemHttpResult>> Amend(Guid id, AmendmentFields amendment,
        [FromHeader(Name = "If-Match")] string? ifMatch, AmendInteraction.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Handle(id, version.Value, amendment, ct), response, i => i.Version);
    }

    private static async Task<Results<Ok<IReadOnlyList<AmendInteraction.AmendmentView>>, ProblemHttpResult>> Amendments(Guid id,
        AmendInteraction.Handler handler, CancellationToken ct) => (await handler.List(id, ct)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<FollowUps.DueItem>>, ProblemHttpResult>> Due(int? days,
        FollowUps.Handler handler, CancellationToken ct) => (await handler.Due(days ?? 7, ct)).ToOk();

    private static async Task<Results<Ok<FollowUpView>, ProblemHttpResult>> Complete(Guid id, FollowUps.Handler handler,
        CancellationToken ct) => (await handler.Complete(id, ct)).ToOk();

    private static string? Me(HttpContext http) => http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
}
