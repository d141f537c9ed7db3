using Liaison.Core.Directory.Privacy;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>Consent, the data-subject export (compliance and admin) and erasure (admin, with a reason).</summary>
public static class HcpPrivacyApi
{
    public static RouteGroupBuilder MapHcpPrivacyApi(this RouteGroupBuilder api)
    {
        var hcps = api.MapGroup("/hcps").WithTags("Consent and privacy").RequireAuthorization(Policies.Medical);
        hcps.MapGet("/{id:guid}/consents", Consents).WithName("ListHcpConsents").RequireKnownHcp();
        hcps.MapPost("/{id:guid}/consents", Record).WithName("RecordHcpConsent").RequireAuthorization(Policies.FieldMedical);
        hcps.MapGet("/{id:guid}/export", Export).WithName("ExportHcpData").RequireAuthorization(Policies.DataSubjectExport)
            .WithSummary("Everything held about the person, every section, as JSON (compliance and admin: it holds every user's records).");
        hcps.MapPost("/{id:guid}/erasure", Erase).WithName("EraseHcp").RequireAuthorization(Policies.Admin)
            .WithSummary("Pseudonymises the person, keeping regulatory records linked; the NPI goes to the erased-NPI ledger.");
        var consents = api.MapGroup("/consents").WithTags("Consent and privacy").RequireAuthorization(Policies.Medical);
        consents.MapGet("/{id:guid}", Get).WithName("GetConsent");
        consents.MapPost("/{id:guid}/withdrawal", Withdraw).WithName("WithdrawConsent").RequireAuthorization(Policies.FieldMedical)
            .WithSummary("Records the withdrawal of a consent; If-Match required.");
        return api;
    }

    private static async Task<Ok<List<ConsentView>>> Consents(Guid id, HcpConsents.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.OfHcp(id, ct));

    private static async Task<Results<Ok<ConsentView>, ProblemHttpResult>> Get(Guid id, HcpConsents.Handler handler, HttpResponse response,
        CancellationToken ct) => ApiResults.Versioned(await handler.Get(id, ct), response, c => c.Version);

    private static async Task<Results<Created<ConsentView>, ProblemHttpResult>> Record(Guid id, HcpConsents.Record record,
        HcpConsents.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var result = await handler.Add(id, record, ct);
        if (!result.IsSuccess) return ApiResults.Problem(result.Error!);
        response.Headers.ETag = ETag.Format(result.Value!.Version);
        return TypedResults.Created($"/api/v1/consents/{result.Value.Id}", result.Value);
    }

    private static async Task<Results<Ok<ConsentView>, ProblemHttpResult>> Withdraw(Guid id, HcpConsents.Withdrawal withdrawal,
        [FromHeader(Name = "If-Match")] string? ifMatch, HcpConsents.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Withdraw(id, version.Value, withdrawal, ct), response, c => c.Version);
    }

    private static async Task<Results<Ok<Dictionary<string, object?>>, ProblemHttpResult>> Export(Guid id, ExportHcpData.Handler handler, CancellationToken ct) =>
        await handler.Handle(id, ct) is { IsSuccess: true } r ? TypedResults.Ok(r.Value!) : ApiResults.Problem(Core.Common.Error.NotFound("The HCP"));

    private static async Task<Results<Ok<EraseHcp.Outcome>, ProblemHttpResult>> Erase(Guid id, EraseHcp.Command command, EraseHcp.Handler handler,
        CancellationToken ct)
    {
        var result = await handler.Handle(id, command, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : ApiResults.Problem(result.Error!);
    }
}
