using System.Globalization;
using Microsoft.AspNetCore.Http.Features;

namespace Liaison.Web.Hosting;

/// <summary>
/// The sentence an API problem carries when what refused the request gave only a status: the server's body limit (413),
/// a timeout, an unexpected failure. Every problem under /api says in words what happened, not only a title.
/// </summary>
internal static class StatusDetails
{
    public static string? For(HttpContext http, int? status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read.",
        StatusCodes.Status401Unauthorized => "An API token is required: Authorization: Bearer lia_….",
        StatusCodes.Status403Forbidden => "Your role does not allow this request.",
        StatusCodes.Status404NotFound => "No API endpoint has this address; see /openapi/v1.json.",
        StatusCodes.Status408RequestTimeout => "The request's body arrived too slowly; send it again.",
        StatusCodes.Status413PayloadTooLarge => http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
            ? string.Create(CultureInfo.InvariantCulture, $"The request's body is larger than this endpoint takes: at most {limit:N0} bytes.")
            : "The request's body is larger than this endpoint takes.",
        StatusCodes.Status414UriTooLong => "The request's address is longer than the server takes.",
        StatusCodes.Status429TooManyRequests => "Too many requests; wait a moment and send it again.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "The request's headers are larger than the server takes.",
        >= 500 => "The server failed to answer this request; it is logged under the traceId given here.",
        _ => null,
    };
}
