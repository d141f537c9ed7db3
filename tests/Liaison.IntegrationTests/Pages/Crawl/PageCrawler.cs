using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Liaison.Web.Pages.Shared;

namespace Liaison.IntegrationTests.Pages.Crawl;

/// <summary>One address the crawl opened: where its link was found, what answered (after same-site redirects) and how fast.</summary>
internal sealed record PageVisit(Uri Address, string Pattern, string Source, HttpStatusCode Status, Uri? RedirectedTo, string? MediaType,
    string Body, TimeSpan Elapsed)
{
    public bool IsHtml => MediaType == "text/html";
    /// <summary>The cookie handler refused the page: the app sends a refused user to the access-denied page.</summary>
    public bool IsRefused => Status == HttpStatusCode.Forbidden
                             || RedirectedTo?.AbsolutePath.Equals("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>
/// Breadth-first over a signed-in user's pages from the given roots, following same-site <c>&lt;a href&gt;</c> links with GET
/// only, and the page's GET forms (<see cref="GetForms"/>), at most <see cref="PerPattern"/> addresses per <see cref="RoutePattern"/>. Sign-out is a form, never a link; the
/// crawl also skips any link to it or to the login page, which would end or restart the session.
/// </summary>
internal sealed partial class PageCrawler(HttpClient pages, Func<Uri, string> patternOf, int perPattern = 2, int maxVisits = 600)
{
    private static readonly Uri Site = new("https://localhost/");
    public int PerPattern => perPattern;

    /// <summary>The start page and every menu page of any role, as addresses typed in.</summary>
    public static IEnumerable<(string Address, string Source)> MenuRoots() => [("/", "(start)"), .. Navigation.Sections.SelectMany(s => s.Items)
        .Select(i => (i.Page.EndsWith("/Index", StringComparison.Ordinal) ? i.Page[..^"/Index".Length] : i.Page, "(direct address: the menu of any role)"))];

    public async Task<IReadOnlyList<PageVisit>> Crawl(IEnumerable<(string Address, string Source)> roots)
    {
        var visits = new List<PageVisit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perPatternCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<(Uri Address, string Pattern, string Source)>();
        void Offer(Uri address, string source)
        {
            if (!seen.Add(address.PathAndQuery)) return;
            var pattern = patternOf(address);
            var count = perPatternCount.GetValueOrDefault(pattern);
            if (count >= perPattern) return;
            perPatternCount[pattern] = count + 1;
            queue.Enqueue((address, pattern, source));
        }
        foreach (var (address, source) in roots) Offer(new Uri(Site, address), source);
        while (queue.Count > 0 && visits.Count < maxVisits)
        {
            var (address, pattern, source) = queue.Dequeue();
            var visit = await Open(address, pattern, source);
            visits.Add(visit);
            if (visit.Status != HttpStatusCode.OK || !visit.IsHtml) continue;
            var page = visit.RedirectedTo ?? address;
            foreach (var link in Links(visit.Body, page)) Offer(link, visit.Address.PathAndQuery);
            foreach (var submission in GetForms.Submissions(visit.Body))
                if (Uri.TryCreate(page, submission, out var target) && target.Host == Site.Host) Offer(target, $"a form on {visit.Address.PathAndQuery}");
        }
        return visits;
    }

    private async Task<PageVisit> Open(Uri address, string pattern, string source)
    {
        var clock = Stopwatch.StartNew();
        Uri? redirectedTo = null;
        var current = address;
        for (var hop = 0; ; hop++)
        {
            using var response = await pages.GetAsync(current);
            var body = await response.Content.ReadAsStringAsync();
            if (response.Headers.Location is { } location && (int)response.StatusCode is >= 300 and < 400 && hop < 5)
            {
                var next = new Uri(current, location);
                redirectedTo = next;
                if (next.Host == Site.Host && !IsSessionPage(next)) { current = next; continue; }
            }
            return new PageVisit(address, pattern, source, response.StatusCode, redirectedTo, response.Content.Headers.ContentType?.MediaType, body,
                clock.Elapsed);
        }
    }

    private static IEnumerable<Uri> Links(string html, Uri page)
    {
        foreach (Match m in Anchor().Matches(html))
        {
            var href = WebUtility.HtmlDecode(m.Groups[1].Value).Trim();
            if (href.Length == 0 || href.StartsWith('#')) continue;
            if (!Uri.TryCreate(page, href, out var target) || target.Scheme != Site.Scheme || target.Host != Site.Host) continue;
            if (IsSessionPage(target)) continue;
            yield return new UriBuilder(target) { Fragment = "" }.Uri;
        }
    }

    private static bool IsSessionPage(Uri address) =>
        address.AbsolutePath.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase)
        || address.AbsolutePath.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""<a\s[^>]*?href\s*=\s*["']([^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();
}
