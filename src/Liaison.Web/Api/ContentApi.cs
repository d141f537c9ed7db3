using Liaison.Core.Common;
using Liaison.Core.Engagement.Content;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>The content library: medical staff read it; medical information and admins manage it.</summary>
public static class ContentApi
{
    public static RouteGroupBuilder MapContentApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/content").WithTags("Content library").RequireAuthorization(Policies.Medical);
        group.MapGet("/", List).WithName("ListContent");
        group.MapGet("/{id:guid}", Get).WithName("GetContent");
        group.MapGet("/{id:guid}/file", Download).WithName("DownloadContent")
            .WithSummary("The material's file; 409 if it no longer matches its SHA-256.");
        // A multipart upload from an API token: the API never accepts cookies, so there is no cross-site form to forge.
        group.MapPost("/", Upload).WithName("UploadContent").RequireAuthorization(Policies.ContentManager).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(SaveContent.MaxRequestBytes))
            .WithSummary("Uploads a material: multipart form with `file` (up to 50 MB) and the metadata fields.");
        group.MapPut("/{id:guid}", Update).WithName("UpdateContent").RequireAuthorization(Policies.ContentManager)
            .WithSummary("Edits a material's metadata (approval, expiry, label status ...) with If-Match.");
        return api;
    }

    public sealed record ListParameters(string? Search, Guid? ProductId, ApprovalStatus? Status, bool? OffLabel, bool? UsableOnly);

    private static async Task<Ok<Paged<ContentView>>> List([AsParameters] ListParameters p, [AsParameters] PageRequest page,
        ContentLibrary.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.List(new ContentLibrary.Query(p.Search, p.ProductId, p.Status, p.OffLabel, p.UsableOnly ?? false), page, ct));

    private static async Task<Results<Ok<ContentView>, ProblemHttpResult>> Get(Guid id, ContentLibrary.Handler handler,
        HttpResponse response, CancellationToken ct) =>
        ApiResults.Versioned(await handler.Get(id, ct), response, c => c.Version);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(Guid id, ContentLibrary.Handler handler,
        HttpResponse response, CancellationToken ct)
    {
        var file = await handler.File(id, ct);
        if (!file.IsSuccess) return ApiResults.Problem(file.Error!);
        response.Headers["Digest"] = $"sha-256={Convert.ToBase64String(Convert.FromHexString(file.Value!.Sha256))}";
        return TypedResults.File(file.Value.Bytes, file.Value.MediaType, file.Value.FileName);
    }

    private static async Task<Results<Created<ContentView>, ProblemHttpResult>> Upload([FromForm] ContentFields? fields,
        IFormFile? file, SaveContent.Handler handler, HttpResponse response, CancellationToken ct)
    {
        if (file is null) return ApiResults.Problem(Error.Invalid("File", "Attach the material's file as `file`."));
        // The framework binds and validates the form's fields only when one of them is present: a form of the file alone is
        // checked here, as empty fields.
        fields ??= new ContentFields();
        var problems = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(fields, new(fields), problems, validateAllProperties: true))
            return ApiResults.Problem(new Error(ErrorKind.Validation, "One or more fields are invalid.",
                problems.SelectMany(p => p.MemberNames.DefaultIfEmpty("").Select(m => (m, p.ErrorMessage ?? "Invalid.")))
                    .GroupBy(x => x.m).ToDictionary(g => g.Key, g => g.Select(x => x.Item2).ToArray())));
        if (file.Length > SaveContent.MaxBytes) return ApiResults.Problem(Error.Invalid("File", "The file is larger than 50 MB."));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return (await handler.Upload(fields, file.FileName, file.ContentType, buffer.ToArray(), ct))
            .ToCreated(response, c => $"/api/v1/content/{c.Id}", c => c.Version);
    }

    private static async Task<Results<Ok<ContentView>, ProblemHttpResult>> Update(Guid id, ContentFields fields,
        [FromHeader(Name = "If-Match")] string? ifMatch, SaveContent.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Update(id, version.Value, fields, ct), response, c => c.Version);
    }
}
