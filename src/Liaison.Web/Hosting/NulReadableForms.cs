using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Liaison.Web.Hosting;

/// <summary>
/// The framework's reader of URL-encoded forms refuses a whole body holding <c>%00</c> ("The form value contains invalid
/// characters."): the antiforgery check could not read its token and the page answered 400, everything typed lost. Such a
/// body is read here instead, NULs and all, so that <see cref="NulFreePageRequests"/> can refuse each field that holds one
/// beside the field. Every other body is left to the framework, and the API (<c>/api</c>) keeps its own refusal.
/// </summary>
internal static class NulReadableForms
{
    private const string UrlEncoded = "application/x-www-form-urlencoded";

    /// <summary>After authorization, so nobody signed out has a body read; before the antiforgery check reads the form.</summary>
    public static void UseNulReadableForms(this WebApplication app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsPost(http.Request.Method) && !ErrorHandling.IsApi(http)
            && http.Request.ContentType?.StartsWith(UrlEncoded, StringComparison.OrdinalIgnoreCase) == true
            && await WithNul(http.Request, http.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value) is { } form)
            http.Features.Set<IFormFeature>(new FormFeature(form));
        await next(http);
    });

    /// <summary>The form, read as the framework would, when its body holds an encoded NUL; otherwise null, the body rewound.</summary>
    private static async Task<FormCollection?> WithNul(HttpRequest request, FormOptions limits)
    {
        request.EnableBuffering();
        using var copy = new MemoryStream();
        // A body past the framework's own limit for one value is left to it, to refuse as it does.
        var buffer = new byte[81_920];
        for (int read; (read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0;)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limits.ValueLengthLimit) break;
        }
        request.Body.Position = 0;
        var body = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        if (copy.Length > limits.ValueLengthLimit || body.IndexOf("%00"u8) < 0) return null;
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var pairs = System.Text.Encoding.UTF8.GetString(body).Split('&', StringSplitOptions.RemoveEmptyEntries);
        if (pairs.Length > limits.ValueCountLimit) return null;
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : WebUtility.UrlDecode(pair[(equals + 1)..]);
            fields[name] = StringValues.Concat(fields.TryGetValue(name, out var earlier) ? earlier : StringValues.Empty, value);
        }
        return new FormCollection(fields);
    }
}
