using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Api;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit trail").RequireAuthorization(Policies.AuditReader);
        group.MapGet("/", Search).WithName("SearchAuditTrail").WithSummary("Audit entries, newest first, filtered.");
        group.MapGet("/verification", Verify).WithName("VerifyAuditChain")
            .WithSummary("Recomputes the hash chain and names the first bad entry, if any.");
        return api;
    }

    private static async Task<Results<Ok<Paged<SearchAuditTrail.Item>>, ProblemHttpResult>> Search([AsParameters] SearchAuditTrail.Query query,
        [AsParameters] PageRequest page, SearchAuditTrail.Handler handler, CancellationToken ct) =>
        (await handler.Handle(query, page, ct)).ToOk();

    private static async Task<Ok<VerifyAuditChain.Report>> Verify(VerifyAuditChain.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.Handle(ct));
}
