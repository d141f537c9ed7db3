using Liaison.Core.Common;
using Liaison.Core.Directory.Profile;
using Liaison.Core.Directory.Search;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Api;

/// <summary>
/// The HCP directory. Every role may search it and read registry data; contributed profile sections that hold
/// HCP-level medical data are left out for roles outside the medical side of the firewall.
/// </summary>
public static class HcpsApi
{
    public static RouteGroupBuilder MapHcpsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/hcps").WithTags("HCP directory").RequireAuthorization(Policies.Member);
        group.MapGet("/", Search).WithName("SearchHcps")
            .WithSummary("Searches HCPs by name (prefix, typo-tolerant), NPI, specialty, state, city, ZIP and radius, tier, territory; by relevance.")
            .WithDescription($"Every word of q is a name prefix. Misspellings (match \"typo\") follow the prefix matches only when fewer than "
                + $"{SearchHcps.MisspellingsBelow} names start with the words as typed. total counts every result the pages hold, misspellings included.");
        group.MapGet("/{id:guid}", Get).WithName("GetHcp").WithSummary("An HCP's profile: identity, specialties, addresses, affiliations and contributed sections.");
        return api;
    }

    private static async Task<Results<Ok<Paged<SearchHcps.Hit>>, ProblemHttpResult>> Search([AsParameters] SearchHcps.Query query,
        [AsParameters] PageRequest page, SearchHcps.Handler handler, CancellationToken ct)
    {
        var result = await handler.Handle(query, page, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : ApiResults.Problem(result.Error!);
    }

    private static async Task<Results<Ok<HcpProfile>, ProblemHttpResult>> Get(Guid id, GetHcpProfile.Handler handler,
        HttpResponse response, CancellationToken ct) =>
        ApiResults.Versioned(await handler.Handle(id, ct), response, p => p.Version);
}
