using Liaison.Web.Hosting;
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
            .ProducesValidationProblem()
            .RefuseNulCharacters();
        api.MapProductsApi();
        api.MapTherapeuticAreasApi();
        api.MapAuditApi();
        api.MapHcpsApi();
        api.MapInteractionsApi();
        api.MapContentApi();
        api.MapPlansApi();
        api.MapEventsApi();
        api.MapTransfersApi();
        api.MapEngagementApi();
        api.MapMedicalInformationApi();
        api.MapSafetyApi();
        app.MapCalendarFeed();
        api.MapKolApi();
        api.MapCongressPresentationsApi();
        api.MapTerritoriesApi();
        api.MapChangeRequestsApi();
        api.MapHcpPrivacyApi();
        api.MapInitiativesApi();
        // An address under /api that no endpoint took is a problem (404, 405 or 415), whoever asks, not a sign-in redirect.
        app.MapFallback("/api/{**path}", (HttpContext http, ApiFallback fallback) => fallback.Answer(http))
            .AllowAnonymous().ExcludeFromDescription();
        return api;
    }
}
