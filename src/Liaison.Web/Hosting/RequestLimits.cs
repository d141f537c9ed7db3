using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;

namespace Liaison.Web.Hosting;

/// <summary>
/// An address or headers too long for the server. Kestrel refuses a request over its own limits before any middleware
/// runs, with an empty body (414, 431) that no app can change. So Kestrel's limits sit far above the app's, and the app
/// holds Kestrel's usual ones itself, where it can answer in words: problem details under /api, the status page elsewhere.
/// Past the server's limits the empty answer remains, for requests eight times over.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Kestrel's default request line, held by the app: an address (path and query) of up to 8 KiB.</summary>
    public const int MaxAddressLength = 8 * 1024;

    /// <summary>Kestrel's default header limits, held by the app: 32 KiB of headers, 100 of them.</summary>
    public const int MaxHeadersSize = 32 * 1024;
    public const int MaxHeaderCount = 100;

    private const int ServerFactor = 8;

    public static void AddRequestLimits(this WebApplicationBuilder builder) => builder.WebHost.ConfigureKestrel(k =>
    {
        k.Limits.MaxRequestLineSize = MaxAddressLength * ServerFactor;
        k.Limits.MaxRequestHeadersTotalSize = MaxHeadersSize * ServerFactor;
        k.Limits.MaxRequestHeaderCount = MaxHeaderCount * ServerFactor;
    });

    /// <summary>After the error handling, so a page's refusal is shown by the status page.</summary>
    public static void UseRequestLimits(this WebApplication app) => app.Use(async (http, next) =>
    {
        // A status page re-executed for a refusal is not refused again.
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || Refusal(http.Request) is not { } refusal)
        {
            await next(http);
            return;
        }
        if (!ErrorHandling.IsApi(http))
        {
            http.Response.StatusCode = refusal.Status;
            return;
        }
        await TypedResults.Problem(statusCode: refusal.Status, title: refusal.Title, detail: refusal.Detail).ExecuteAsync(http);
    });

    private sealed record Refused(int Status, string Title, string Detail);

    private static Refused? Refusal(HttpRequest request)
    {
        // The address as the client sent it (Kestrel keeps it); else, near enough, the path and query encoded again.
        var address = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length
            : UriHelper.BuildRelative(request.PathBase, request.Path, request.QueryString).Length;
        if (address > MaxAddressLength)
            return new(StatusCodes.Status414UriTooLong, "URI too long", string.Create(CultureInfo.InvariantCulture,
                $"The request's address is {address:N0} characters long; the server takes at most {MaxAddressLength:N0}. Send fewer or shorter query parameters."));
        // One pass: this runs on every request, static files included.
        int count = 0, size = 0;
        foreach (var (name, values) in request.Headers)
            foreach (var value in values)
            {
                count++;
                size += name.Length + (value?.Length ?? 0) + 4;
            }
        if (count > MaxHeaderCount || size > MaxHeadersSize)
            return new(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large", string.Create(CultureInfo.InvariantCulture,
                $"The request carries {count:N0} headers of {size:N0} bytes; the server takes at most {MaxHeaderCount:N0} headers of {MaxHeadersSize:N0} bytes in all."));
        return null;
    }
}
