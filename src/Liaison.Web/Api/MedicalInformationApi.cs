using Liaison.Core.Common;
using Liaison.Core.MedicalInformation;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Api;

/// <summary>Unsolicited requests (minimal until the medical-information capability completes them).</summary>
public static class MedicalInformationApi
{
    public static RouteGroupBuilder MapMedicalInformationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/unsolicited-requests").WithTags("Medical information").RequireAuthorization(Policies.Medical);
        group.MapGet("/", List).WithName("ListUnsolicitedRequests");
        group.MapGet("/{id:guid}", Get).WithName("GetUnsolicitedRequest");
        group.MapPost("/", Record).WithName("RecordUnsolicitedRequest")
            .WithSummary("Records an HCP's unsolicited question (attested); an interaction answering it may carry off-label material.");
        return api;
    }

    public sealed record ListParameters(Guid? HcpId, Guid? ProductId);

    private static async Task<Results<Ok<Paged<UnsolicitedRequestView>>, ProblemHttpResult>> List([AsParameters] ListParameters p,
        [AsParameters] PageRequest page, ListUnsolicitedRequests.Handler handler, CancellationToken ct) =>
        (await handler.Handle(new ListUnsolicitedRequests.Query(p.HcpId, p.ProductId), page, ct)).ToOk();

    private static async Task<Results<Ok<UnsolicitedRequestView>, ProblemHttpResult>> Get(Guid id,
        ListUnsolicitedRequests.Handler handler, HttpResponse response, CancellationToken ct) =>
        ApiResults.Versioned(await handler.Get(id, ct), response, r => r.Version);

    private static async Task<Results<Created<UnsolicitedRequestView>, ProblemHttpResult>> Record(
        RecordUnsolicitedRequest.Command command, RecordUnsolicitedRequest.Handler handler, HttpResponse response, CancellationToken ct) =>
        (await handler.Handle(command, ct)).ToCreated(response, r => $"/api/v1/unsolicited-requests/{r.Id}", r => r.Version);
}
