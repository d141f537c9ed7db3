using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.Web.Hosting;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Api;

/// <summary>Initiatives and their impact analyses. Results are aggregates: every role may read them.</summary>
public static class InitiativesApi
{
    public static RouteGroupBuilder MapInitiativesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/initiatives").WithTags("Impact").RequireAuthorization(Policies.ImpactResults);
        group.MapGet("/", List).WithName("ListInitiatives").WithSummary("Every initiative: goal, targets count, outcome, windows.");
        group.MapGet("/{id:guid}", Get).WithName("GetInitiative");
        group.MapPost("/", Create).WithName("CreateInitiative").RequireAuthorization(Policies.InitiativeDesigner);
        group.MapPut("/{id:guid}", Update).WithName("UpdateInitiative").RequireAuthorization(Policies.InitiativeDesigner)
            .WithSummary("Edits an initiative's design; If-Match must carry the ETag it was read with.");
        group.MapPost("/{id:guid}/exposures/from-events", FromEvents).WithName("InitiativeExposuresFromEvents")
            .RequireAuthorization(Policies.InitiativeDesigner)
            .WithSummary("The checked-in attendance of these events becomes the initiative's exposures (by NPI, exposed on the first attended event's day); re-running replaces them.");
        group.MapPost("/{id:guid}/analysis", Analyze).WithName("AnalyzeInitiative")
            .WithSummary("Recomputes the effect from the raw rows: estimate, 95% CI, naive figure, balance, event study, caveats. The body (start, pre, post, design, seed) is optional.");
        group.MapGet("/{id:guid}/analysis.{format:regex(^(json|csv|xlsx)$)}", Download).WithName("DownloadInitiativeAnalysis")
            .WithSummary("The analysis as JSON, CSV or Excel.");
        api.MapGet("/outcome-datasets", Datasets).WithTags("Impact").WithName("ListOutcomeDatasets")
            .RequireAuthorization(Policies.ImpactResults);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<InitiativeView>>> List(ListInitiatives.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.Handle(ct));

    private static async Task<Ok<IReadOnlyList<OutcomeDatasetView>>> Datasets(ListOutcomeDatasets.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.Handle(ct));

    private static async Task<Results<Ok<InitiativeView>, ProblemHttpResult>> Get(Guid id, ListInitiatives.Handler handler,
        HttpResponse response, CancellationToken ct) =>
        ApiResults.Versioned(await handler.Get(id, ct), response, i => i.Version);

    private static async Task<Results<Created<InitiativeView>, ProblemHttpResult>> Create(InitiativeFields fields,
        SaveInitiative.Handler handler, HttpResponse response, CancellationToken ct) =>
        (await handler.Create(fields, ct)).ToCreated(response, i => $"/api/v1/initiatives/{i.Id}", i => i.Version);

    private static async Task<Results<Ok<InitiativeView>, ProblemHttpResult>> Update(Guid id, InitiativeFields fields,
        [FromHeader(Name = "If-Match")] string? ifMatch, SaveInitiative.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Update(id, version.Value, fields, ct), response, i => i.Version);
    }

    /// <summary>The events whose attendance becomes the initiative's exposures.</summary>
    public sealed record FromEventsRequest
    {
        [MaxLength(500)] public List<Guid> EventIds { get; init; } = [];
    }

    private static async Task<Results<Ok<ExposuresFromEvents.Report>, ProblemHttpResult>> FromEvents(Guid id, FromEventsRequest request,
        ExposuresFromEvents.Handler handler, CancellationToken ct) =>
        (await handler.Handle(id, new ExposuresFromEvents.Command(request.EventIds), ct)).ToOk();

    /// <summary>Optional overrides of the initiative's windows and design for this run.</summary>
    public sealed record AnalysisRequest(string? Start, int? Pre, int? Post, string? Design, int? Seed);

    // The body is optional (a bare POST runs the initiative's own design), so it is read here rather than bound:
    // a bound body would make the endpoint refuse requests without a JSON content type.
    private static async Task<Results<Ok<ImpactResult>, ProblemHttpResult>> Analyze(Guid id, HttpRequest http,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, AnalyzeInitiative.Handler handler, CancellationToken ct)
    {
        var r = new AnalysisRequest(null, null, null, null, null);
        if (http.HasJsonContentType() && http.ContentLength != 0)
        {
            try { r = await http.ReadFromJsonAsync<AnalysisRequest>(ct) ?? r; }
            catch (System.Text.Json.JsonException e)
            {
                // Read by hand, so the framework's binding does not apply: the answer it gives a bad body, by the same path.
                return ApiResults.Problem(BindingFailures.FromJson(e, typeof(AnalysisRequest), json.Value.SerializerOptions));
            }
        }
        return (await handler.Handle(id, new AnalysisOverrides(r.Start, r.Pre, r.Post, r.Design, r.Seed), ct)).ToOk();
    }

    private static async Task<Results<FileContentHttpResult, Ok<ImpactResult>, ProblemHttpResult>> Download(Guid id, string format,
        AnalyzeInitiative.Handler handler, CancellationToken ct)
    {
        var result = await handler.Handle(id, new AnalysisOverrides(), ct);
        if (!result.IsSuccess) return ApiResults.Problem(result.Error!);
        var r = result.Value!;
        return ImpactExport.File(r, format, $"{r.Initiative?.Slug ?? "analysis"}-impact") is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.Ok(r);
    }
}
