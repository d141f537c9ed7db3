using Liaison.Core.Common;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Influence;
using Liaison.Core.Directory.Prescribing;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Api;

/// <summary>
/// KOL evidence, influence and prescribing. HCP-level: the medical side of the firewall only (a viewer gets 403);
/// reviewing links is field medical work; thresholds and recomputation are the admin's.
/// </summary>
public static class KolApi
{
    public static RouteGroupBuilder MapKolApi(this RouteGroupBuilder api)
    {
        var hcps = api.MapGroup("/hcps").WithTags("KOL").RequireAuthorization(Policies.Medical);
        hcps.MapGet("/{id:guid}/kol", Profile).WithName("GetHcpKolProfile")
            .WithSummary("Influence score with every component, linked publications and trials (which count), Part D prescribing.");
        hcps.MapGet("/{id:guid}/prescribing", Prescribing).WithName("GetHcpPrescribing").RequireKnownHcp().WithSummary("Part D prescribing by year and drug.");

        var kol = api.MapGroup("/kol").WithTags("KOL").RequireAuthorization(Policies.Medical);
        kol.MapGet("/evidence-links", Links).WithName("ListEvidenceLinks").RequireAuthorization(Policies.FieldMedical)
            .WithSummary("Proposed links of authors and investigators to HCPs; counting = confirmed or high-confidence.");
        kol.MapGet("/evidence-links/{id:guid}", Link).WithName("GetEvidenceLink").RequireAuthorization(Policies.FieldMedical)
            .WithSummary("One link with its ETag (confirm and reject need it in If-Match).");
        kol.MapPost("/evidence-links/{id:guid}/confirm", Confirm).WithName("ConfirmEvidenceLink").RequireAuthorization(Policies.FieldMedical);
        kol.MapPost("/evidence-links/{id:guid}/reject", Reject).WithName("RejectEvidenceLink").RequireAuthorization(Policies.FieldMedical);
        kol.MapGet("/tier-thresholds", Thresholds).WithName("GetTierThresholds");
        kol.MapPut("/tier-thresholds", SetThresholds).WithName("SetTierThresholds").RequireAuthorization(Policies.Admin)
            .WithSummary("Changes the T1–T3 thresholds (If-Match) and re-tiers every HCP.");
        kol.MapPost("/scores/recompute", Recompute).WithName("RecomputeInfluence").RequireAuthorization(Policies.Admin);
        kol.MapGet("/prescribing", PrescribingByNpi).WithName("GetPrescribingByNpi").WithSummary("Part D prescribing of an NPI, optionally one drug.");
        return api;
    }

    public sealed record LinkParameters(LinkStatus? Status, Guid? HcpId, bool? Counting);

    private static async Task<Results<Ok<GetKolProfile.Profile>, ProblemHttpResult>> Profile(Guid id, GetKolProfile.Handler handler, CancellationToken ct) =>
        await handler.Handle(id, ct) is { IsSuccess: true } r ? TypedResults.Ok(r.Value!) : ApiResults.Problem(Error.NotFound("The HCP"));

    private static async Task<Ok<List<PrescribingQueries.DrugYear>>> Prescribing(Guid id, string? drug, Core.Data.LiaisonDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await PrescribingQueries.ByHcpAsync(db, id, drug, ct));

    private static async Task<Results<Ok<List<PrescribingQueries.DrugYear>>, ProblemHttpResult>> PrescribingByNpi(string? npi, string? drug,
        Core.Data.LiaisonDbContext db, CancellationToken ct) =>
        Core.Directory.Registry.Npi.Problem(npi ?? "") is { } problem
            ? ApiResults.Problem(Error.Invalid("npi", problem))
            : TypedResults.Ok(await PrescribingQueries.ByNpiAsync(db, npi!, drug, ct));

    private static async Task<Ok<Paged<ListEvidenceLinks.Item>>> Links([AsParameters] LinkParameters query, [AsParameters] PageRequest page,
        ListEvidenceLinks.Handler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.Handle(new ListEvidenceLinks.Query(query.Status, query.HcpId, query.Counting), page, ct));

    private static async Task<Results<Ok<ListEvidenceLinks.Item>, ProblemHttpResult>> Link(Guid id, ListEvidenceLinks.Handler handler,
        HttpResponse response, CancellationToken ct) => ApiResults.Versioned(await handler.Get(id, ct), response, l => l.Version);

    private static Task<Results<Ok<ListEvidenceLinks.Item>, ProblemHttpResult>> Confirm(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        ReviewEvidenceLink.Handler handler, HttpResponse response, CancellationToken ct) => Review(id, ifMatch, true, handler, response, ct);

    private static Task<Results<Ok<ListEvidenceLinks.Item>, ProblemHttpResult>> Reject(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        ReviewEvidenceLink.Handler handler, HttpResponse response, CancellationToken ct) => Review(id, ifMatch, false, handler, response, ct);

    private static async Task<Results<Ok<ListEvidenceLinks.Item>, ProblemHttpResult>> Review(Guid id, string? ifMatch, bool confirm,
        ReviewEvidenceLink.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Handle(id, version.Value, confirm, ct), response, l => l.Version);
    }

    private static async Task<Ok<TierThresholds>> Thresholds(Core.Data.LiaisonDbContext db, HttpResponse response, CancellationToken ct)
    {
        var t = await TierThresholds.LoadAsync(db, ct);
        response.Headers.ETag = ETag.Format(t.Version);
        return TypedResults.Ok(t);
    }

    private static async Task<Results<Ok<TierThresholds>, ProblemHttpResult>> SetThresholds(SetTierThresholds.Command command,
        [FromHeader(Name = "If-Match")] string? ifMatch, SetTierThresholds.Handler handler, HttpResponse response, CancellationToken ct)
    {
        var version = ETag.FromIfMatch(ifMatch);
        if (!version.IsSuccess) return ApiResults.Problem(version.Error!);
        return ApiResults.Versioned(await handler.Handle(command, version.Value, ct), response, t => t.Version);
    }

    private static async Task<Ok<RecomputeInfluence.Summary>> Recompute(LinkEvidence.Handler links, RecomputeInfluence.Handler handler, CancellationToken ct)
    {
        await links.UnlinkedAsync(ct);
        return TypedResults.Ok(await handler.Handle(ct));
    }
}
