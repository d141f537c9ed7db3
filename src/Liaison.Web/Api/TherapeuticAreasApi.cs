using Liaison.Core.Common;
using Liaison.Core.Products;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

public static class TherapeuticAreasApi
{
    public static RouteGroupBuilder MapTherapeuticAreasApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/therapeutic-areas").WithTags("Therapeutic areas").RequireAuthorization(Policies.Member);
        group.MapGet("/", List).WithName("ListTherapeuticAreas");
        group.MapGet("/{id:guid}", Get).WithName("GetTherapeuticArea");
        group.MapPost("/", Create).WithName("CreateTherapeuticArea").RequireAuthorization(Policies.Admin);
        group.MapPut("/{id:guid}", Update).WithName("UpdateTherapeuticArea").RequireAuthorization(Policies.Admin);
        group.MapPost("/{id:guid}/archive", (Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
                SaveTherapeuticArea.Handler h, HttpResponse r, CancellationToken ct) => SetArchived(id, ifMatch, true, h, r, ct))
            .WithName("ArchiveTherapeuticArea").RequireAuthorization(Policies.Admin);
        group.MapPost("/{id:guid}/restore", (Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
                SaveTherapeuticArea.Handler h, HttpResponse r, CancellationToken ct) => SetArchived(id, ifMatch, false, h, r, ct))
            .WithName("RestoreTherapeuticArea").RequireAuthorization(Policies.Admin);
        return api;
    }

    private static async Task<Ok<Paged<TherapeuticAreaView>>> List(bool? includeArchived, [AsParameters] PageRequest page,
        ListTherapeuticAreas.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.Handle(includeArchived ?? false, page, ct));

    private static async Task<Results<Ok<TherapeuticAreaView>, ProblemHttpResult>> Get(Guid id,
        ListTherapeuticAreas.Handler handler, HttpResponse response, CancellationToken ct) =>
        ApiResults.Versioned(await handler.Get(id, ct), response, a => a.Version);

    private static async Task<Results<Created<TherapeuticAreaView>, ProblemHttpResult>> Create(TherapeuticAreaFields fields,
        SaveTherapeuticArea.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.Create(fields, ct);
        if (!result.IsSuccess) return ApiResults.Problem(result.Error!);
        response.Headers.ETag = ETag.Format(result.Value!.Version);
        return TypedResults.Created($"/api/v1/therapeutic-areas/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<TherapeuticAreaView>, ProblemHttpResult>> Update(Guid id,
        TherapeuticAreaFields fields, [FromHeader(Name = "If-Match")] string? ifMatch, SaveTherapeuticArea.Handler handler,
        HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Update(id, version.Value, fields, ct), response, a => a.Version);
    }

    private static async Task<Results<Ok<TherapeuticAreaView>, ProblemHttpResult>> SetArchived(Guid id, string? ifMatch,
        bool archived, SaveTherapeuticArea.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Archive(id, version.Value, archived, ct), response, a => a.Version);
    }
}
