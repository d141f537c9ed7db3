using Liaison.Core.Safety;
using Liaison.Core.Safety.Detection;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Api;

/// <summary>Raising AE and product-complaint intakes (anyone may), and the detector as a service for clients.</summary>
public static class SafetyApi
{
    public static RouteGroupBuilder MapSafetyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/safety").WithTags("Safety").RequireAuthorization(Policies.Member);
        group.MapPost("/intakes", Raise).WithName("RaiseAdverseEventIntake")
            .WithSummary("Raises an AE or product-complaint intake; awareAt starts the 24-hour forwarding clock.");
        group.MapGet("/intakes/{id:guid}", Get).WithName("GetAdverseEventIntake");
        group.MapPost("/detections", Detect).WithName("DetectSafetyLanguage")
            .WithSummary("Runs the AE/complaint language detector over a text (e.g. notes before saving).");
        return api;
    }

    /// <summary>A text to check, as long as an interaction's notes at most.</summary>
    public sealed record DetectionRequest([property: System.ComponentModel.DataAnnotations.StringLength(20000)] string? Text);

    private static async Task<Results<Created<RaiseAdverseEventIntake.View>, ProblemHttpResult>> Raise(
        RaiseAdverseEventIntake.Command command, RaiseAdverseEventIntake.Handler handler, HttpResponse response, CancellationToken ct) =>
        (await handler.Handle(command, ct)).ToCreated(response, i => $"/api/v1/safety/intakes/{i.Id}", i => i.Version);

    /// <summary>One intake, with its version as the ETag (as every versioned record's read answers).</summary>
    private static async Task<Results<Ok<RaiseAdverseEventIntake.View>, ProblemHttpResult>> Get(Guid id,
        RaiseAdverseEventIntake.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.Get(id, ct);
        if (result.IsSuccess) response.Headers.ETag = ETag.Format(result.Value!.Version);
        return result.ToOk();
    }

    private static Ok<IReadOnlyList<SafetySignal>> Detect(DetectionRequest request) =>
        TypedResults.Ok(AdverseEventLanguage.Detect(request.Text));
}
