using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Liaison.IntegrationTests.Pages.Crawl;

/// <summary>
/// What a crawled address stands for: the route template of the page that answers it (else its path with ids and numbers
/// as placeholders) and its query by the set of keys (a page handler by name, as each handler is its own page), so the
/// crawl visits a few instances of each.
/// </summary>
internal static partial class RoutePattern
{
    public static string Of(Uri address, string? template = null)
    {
        var segments = address.AbsolutePath.Split('/').Select(s => Guid.TryParse(s, out _) ? "{id}" : Number().IsMatch(s) ? "{n}" : s.ToLowerInvariant());
        var path = template is null ? string.Join('/', segments) : "/" + template.ToLowerInvariant();
        var query = QueryHelpers.ParseQuery(address.Query);
        if (query.Count == 0) return path;
        var keys = query.OrderBy(q => q.Key, StringComparer.OrdinalIgnoreCase)
            .Select(q => q.Key.Equals("handler", StringComparison.OrdinalIgnoreCase) ? $"handler={q.Value}" : q.Key.ToLowerInvariant());
        return $"{path}?{string.Join('&', keys)}";
    }

    [GeneratedRegex(@"^[0-9]+([.-][0-9]+)*$")]
    private static partial Regex Number();
}
