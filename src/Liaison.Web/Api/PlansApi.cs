using Liaison.Core.Engagement.Plans;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/engagement-plans").WithTags("Engagement plans").RequireAuthorization(Policies.Medical);
        group.MapGet("/", List).WithName("ListEngagementPlans").WithSummary("Plans with progress counted from interactions.");
        group.MapGet("/team", Team).WithName("TeamEngagementProgress").RequireAuthorization(Policies.TeamLead)
            .WithSummary("The manager view: one line per MSL for a year.");
        group.MapGet("/{id:guid}", Get).WithName("GetEngagementPlan");
        group.MapPost("/", Create).WithName("CreateEngagementPlan").RequireAuthorization(Policies.FieldTeam);
        group.MapPut("/{id:guid}", Update).WithName("UpdateEngagementPlan").RequireAuthorization(Policies.FieldTeam);
        return api;
    }

    public sealed record ListParameters(int? Year, string? OwnerId, Guid? HcpId);

    private static async Task<Results<Ok<IReadOnlyList<PlanView>>, ProblemHttpResult>> List([AsParameters] ListParameters p,
        PlanProgressQuery.Handler handler, CancellationToken ct) =>
        (await handler.List(new PlanProgressQuery.Query(p.Year, p.OwnerId, p.HcpId), ct)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<TeamMemberProgress>>, ProblemHttpResult>> Team(int? year,
        PlanProgressQuery.Handler handler, TimeProvider clock, CancellationToken ct) =>
        (await handler.Team(year ?? clock.GetUtcNow().Year, ct)).ToOk();

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult>> Get(Guid id, PlanProgressQuery.Handler handler,
        HttpResponse response, CancellationToken ct) =>
        ApiResults.Versioned(await handler.Get(id, ct), response, p => p.Version);

    private static async Task<Results<Created<PlanView>, ProblemHttpResult>> Create(PlanFields fields, SavePlan.Handler handler,
        HttpResponse response, CancellationToken ct) =>
        (await handler.Create(fields, ct)).ToCreated(response, p => $"/api/v1/engagement-plans/{p.Id}", p => p.Version);

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult>> Update(Guid id, PlanFields fields,
        [FromHeader(Name = "If-Match")] string? ifMatch, SavePlan.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Update(id, version.Value, fields, ct), response, p => p.Version);
    }
}
