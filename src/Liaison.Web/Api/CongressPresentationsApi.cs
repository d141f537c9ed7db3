using Liaison.Core.Directory.Evidence;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>
/// An HCP's congress presentations, recorded from congress programmes: HCP-level evidence, so the medical side of the
/// firewall reads them (a viewer gets 403) and the field medical team records and removes them.
/// </summary>
public static class CongressPresentationsApi
{
    public static RouteGroupBuilder MapCongressPresentationsApi(this RouteGroupBuilder api)
    {
        var hcps = api.MapGroup("/hcps").WithTags("KOL").RequireAuthorization(Policies.Medical);
        hcps.MapGet("/{id:guid}/congress-presentations", List).WithName("ListCongressPresentations").RequireKnownHcp()
            .WithSummary("The HCP's recorded congress presentations, newest first.");
        hcps.MapPost("/{id:guid}/congress-presentations", Record).WithName("RecordCongressPresentation").RequireAuthorization(Policies.FieldMedical)
            .WithSummary("Records a keynote, oral presentation, session chair, panel or poster from a congress programme; recomputes influence.");

        var presentations = api.MapGroup("/congress-presentations").WithTags("KOL").RequireAuthorization(Policies.Medical);
        presentations.MapGet("/{id:guid}", Get).WithName("GetCongressPresentation");
        presentations.MapDelete("/{id:guid}", Remove).WithName("RemoveCongressPresentation").RequireAuthorization(Policies.FieldMedical)
            .WithSummary("Removes a presentation recorded in error (If-Match): 204; recomputes influence. The audit trail keeps it.");
        return api;
    }

    private static async Task<Ok<List<CongressPresentations.View>>> List(Guid id, CongressPresentations.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.OfHcp(id, ct));

    private static async Task<Results<Ok<CongressPresentations.View>, ProblemHttpResult>> Get(Guid id, CongressPresentations.Handler handler,
        HttpResponse response, CancellationToken ct) => ApiResults.Versioned(await handler.Get(id, ct), response, p => p.Version);

    private static async Task<Results<Created<CongressPresentations.View>, ProblemHttpResult>> Record(Guid id, CongressPresentations.Fields fields,
        CongressPresentations.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.Record(id, fields, ct);
        if (!result.IsSuccess) return ApiResults.Problem(result.Error!);
        response.Headers.ETag = ETag.Format(result.Value!.Version);
        return TypedResults.Created($"/api/v1/congress-presentations/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(Guid id,
        [FromHeader(Name = "If-Match")] string? ifMatch, CongressPresentations.Handler handler, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return (await handler.Remove(id, version.Value, ct)).ToNoContent();
    }
}
