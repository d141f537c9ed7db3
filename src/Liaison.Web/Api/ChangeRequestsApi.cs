using Liaison.Core.Common;
using Liaison.Core.Directory.Changes;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>Data-change requests: field medical staff propose corrections and merges; an admin approves (applies) or rejects.</summary>
public static class ChangeRequestsApi
{
    public static RouteGroupBuilder MapChangeRequestsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/change-requests").WithTags("Data-change requests").RequireAuthorization(Policies.FieldMedical);
        group.MapGet("/", List).WithName("ListChangeRequests");
        group.MapGet("/{id:guid}", Get).WithName("GetChangeRequest");
        group.MapPost("/", Propose).WithName("ProposeChange").WithSummary("Proposes a correction (proposedValues) or a merge (duplicateHcpId into hcpId).");
        group.MapPost("/{id:guid}/approve", Approve).WithName("ApproveChange").RequireAuthorization(Policies.Admin)
            .WithSummary("Approves and applies the request (?note= for the decision note); If-Match required.");
        group.MapPost("/{id:guid}/reject", Reject).WithName("RejectChange").RequireAuthorization(Policies.Admin);
        return api;
    }

    private static async Task<Ok<Paged<ChangeRequestView>>> List(ChangeRequestStatus? status, Guid? hcpId, [AsParameters] PageRequest page,
        ListChangeRequests.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(status, hcpId, page, ct));

    private static async Task<Results<Ok<ChangeRequestView>, ProblemHttpResult>> Get(Guid id, ListChangeRequests.Handler handler,
        HttpResponse response, CancellationToken ct) => ApiResults.Versioned(await handler.Get(id, ct), response, r => r.Version);

    private static async Task<Results<Created<ChangeRequestView>, ProblemHttpResult>> Propose(ProposeChange.Command command,
        ProposeChange.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.Handle(command, ct);
        if (!result.IsSuccess) return ApiResults.Problem(result.Error!);
        response.Headers.ETag = ETag.Format(result.Value!.Version);
        return TypedResults.Created($"/api/v1/change-requests/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<ChangeRequestView>, ProblemHttpResult>> Approve(Guid id, [FromQuery] string? note,
        [FromHeader(Name = "If-Match")] string? ifMatch, DecideChange.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Approve(id, version.Value, note, ct), response, r => r.Version);
    }

    private static async Task<Results<Ok<ChangeRequestView>, ProblemHttpResult>> Reject(Guid id, [FromQuery] string? note,
        [FromHeader(Name = "If-Match")] string? ifMatch, DecideChange.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Reject(id, version.Value, note, ct), response, r => r.Version);
    }
}
