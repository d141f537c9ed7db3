using Liaison.Core.Common;
using Liaison.Core.Directory.Territories;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>Territories: the medical side reads them; managers and admins create, change and reassign them.</summary>
public static class TerritoriesApi
{
    public static RouteGroupBuilder MapTerritoriesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/territories").WithTags("Territories").RequireAuthorization(Policies.Medical);
        group.MapGet("/", List).WithName("ListTerritories").WithSummary("Territories, optionally only one owner's (owner=me for your own).");
        group.MapGet("/{id:guid}", Get).WithName("GetTerritory");
        group.MapPost("/", Create).WithName("CreateTerritory").RequireAuthorization(Policies.TerritoryManager);
        group.MapPut("/{id:guid}", Update).WithName("UpdateTerritory").RequireAuthorization(Policies.TerritoryManager)
            .WithSummary("Changes name, rules or owner (reassignment); If-Match required.");
        group.MapPut("/{id:guid}/hcps/{hcpId:guid}", Assign).WithName("AssignHcpToTerritory").RequireAuthorization(Policies.TerritoryManager);
        group.MapDelete("/{id:guid}/hcps/{hcpId:guid}", Unassign).WithName("UnassignHcpFromTerritory").RequireAuthorization(Policies.TerritoryManager);
        api.MapGroup("/hcps").WithTags("Territories").RequireAuthorization(Policies.Medical)
            .MapGet("/{id:guid}/territories", OfHcp).WithName("GetHcpTerritories").RequireKnownHcp();
        return api;
    }

    private static async Task<Ok<Paged<TerritoryView>>> List(string? owner, [AsParameters] PageRequest page, ListTerritories.Handler handler,
        HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await handler.Handle(owner == "me" ? http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : owner, page, ct));

    private static async Task<Results<Ok<TerritoryView>, ProblemHttpResult>> Get(Guid id, ListTerritories.Handler handler, HttpResponse response,
        CancellationToken ct) => ApiResults.Versioned(await handler.Get(id, ct), response, t => t.Version);

    private static async Task<Ok<List<TerritoryView>>> OfHcp(Guid id, ListTerritories.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.OfHcp(id, ct));

    private static async Task<Results<Created<TerritoryView>, ProblemHttpResult>> Create(SaveTerritory.Fields fields, SaveTerritory.Handler handler,
        HttpResponse response, CancellationToken ct)
    {
        var result = await handler.Create(fields, ct);
        if (!result.IsSuccess) return ApiResults.Problem(result.Error!);
        response.Headers.ETag = ETag.Format(result.Value!.Version);
        return TypedResults.Created($"/api/v1/territories/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<TerritoryView>, ProblemHttpResult>> Update(Guid id, SaveTerritory.Fields fields,
        [FromHeader(Name = "If-Match")] string? ifMatch, SaveTerritory.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Update(id, version.Value, fields, ct), response, t => t.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Assign(Guid id, Guid hcpId, AssignToTerritory.Handler handler, CancellationToken ct) =>
        await handler.Assign(id, hcpId, ct) is { IsSuccess: false } r ? ApiResults.Problem(r.Error!) : TypedResults.NoContent();

    private static async Task<Results<NoContent, ProblemHttpResult>> Unassign(Guid id, Guid hcpId, AssignToTerritory.Handler handler, CancellationToken ct) =>
        await handler.Unassign(id, hcpId, ct) is { IsSuccess: false } r ? ApiResults.Problem(r.Error!) : TypedResults.NoContent();
}
