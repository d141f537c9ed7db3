using Liaison.Web.Security;

namespace Liaison.Web.Api;

/// <summary>
/// <c>/api/v1</c>: personal API tokens only (no cookies, so no cross-site request forgery), problem details
/// for every error, one group per capability.
/// </summary>
public static class ApiV1
{
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(ApiTokenDefaults.Scheme).RequireAuthenticatedUser())
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem();
        api.MapProductsApi();
        api.MapTherapeuticAreasApi();
        api.MapAuditApi();
        return api;
    }
}
