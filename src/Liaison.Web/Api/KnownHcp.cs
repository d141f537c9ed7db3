using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Api;

/// <summary>
/// A list under <c>/hcps/{id}/…</c> answers 404 for an HCP that does not exist, as the HCP's own address does: an empty
/// list there read as "nothing recorded about this person". An erased HCP exists (its records stay, pseudonymised).
/// </summary>
public static class KnownHcp
{
    public static RouteHandlerBuilder RequireKnownHcp(this RouteHandlerBuilder route, string routeParameter = "id") =>
        route.AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                var known = Guid.TryParse(http.GetRouteValue(routeParameter)?.ToString(), out var id)
                    && await http.RequestServices.GetRequiredService<LiaisonDbContext>().Hcps.AnyAsync(h => h.Id == id, http.RequestAborted);
                return known ? await next(context) : ApiResults.Problem(Error.NotFound("The HCP"));
            })
            .ProducesProblem(StatusCodes.Status404NotFound);
}
