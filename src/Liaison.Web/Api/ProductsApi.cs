using Liaison.Core.Common;
using Liaison.Core.Products;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

public static class ProductsApi
{
    public static RouteGroupBuilder MapProductsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/products").WithTags("Products").RequireAuthorization(Policies.Member);
        group.MapGet("/", List).WithName("ListProducts").WithSummary("Lists products, active ones unless asked otherwise.");
        group.MapGet("/{id:guid}", Get).WithName("GetProduct").WithSummary("One product, with its ETag.");
        group.MapPost("/", Create).WithName("CreateProduct").RequireAuthorization(Policies.Admin);
        group.MapPut("/{id:guid}", Update).WithName("UpdateProduct").RequireAuthorization(Policies.Admin)
            .WithSummary("Edits a product; If-Match must carry the ETag it was read with.");
        group.MapPost("/{id:guid}/archive", Archive).WithName("ArchiveProduct").RequireAuthorization(Policies.Admin);
        group.MapPost("/{id:guid}/restore", Restore).WithName("RestoreProduct").RequireAuthorization(Policies.Admin);
        return api;
    }

    public sealed record ListParameters(string? Search, Guid? TherapeuticAreaId, bool? IncludeArchived);

    private static async Task<Ok<Paged<ProductView>>> List([AsParameters] ListParameters query, [AsParameters] PageRequest page,
        ListProducts.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.Handle(
            new ListProducts.Query(query.Search, query.TherapeuticAreaId, query.IncludeArchived ?? false), page, ct));

    private static async Task<Results<Ok<ProductView>, ProblemHttpResult>> Get(Guid id, GetProduct.Handler handler,
        HttpResponse response, CancellationToken ct) =>
        ApiResults.Versioned(await handler.Handle(id, ct), response, p => p.Version);

    private static async Task<Results<Created<ProductView>, ProblemHttpResult>> Create(ProductFields fields,
        SaveProduct.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.Create(fields, ct);
        if (!result.IsSuccess) return ApiResults.Problem(result.Error!);
        response.Headers.ETag = ETag.Format(result.Value!.Version);
        return TypedResults.Created($"/api/v1/products/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<ProductView>, ProblemHttpResult>> Update(Guid id, ProductFields fields,
        [FromHeader(Name = "If-Match")] string? ifMatch, SaveProduct.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Update(id, version.Value, fields, ct), response, p => p.Version);
    }

    private static Task<Results<Ok<ProductView>, ProblemHttpResult>> Archive(Guid id,
        [FromHeader(Name = "If-Match")] string? ifMatch, ArchiveProduct.Handler handler, HttpResponse response,
        CancellationToken ct) => SetArchived(id, ifMatch, true, handler, response, ct);

    private static Task<Results<Ok<ProductView>, ProblemHttpResult>> Restore(Guid id,
        [FromHeader(Name = "If-Match")] string? ifMatch, ArchiveProduct.Handler handler, HttpResponse response,
        CancellationToken ct) => SetArchived(id, ifMatch, false, handler, response, ct);

    private static async Task<Results<Ok<ProductView>, ProblemHttpResult>> SetArchived(Guid id, string? ifMatch,
        bool archived, ArchiveProduct.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Handle(id, version.Value, archived, ct), response, p => p.Version);
    }
}
