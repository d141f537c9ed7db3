using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Liaison.Core.Identity;
using Xunit.Abstractions;

namespace Liaison.IntegrationTests.Pages.Crawl;

/// <summary>
/// Every page each role can reach on the demo workspace, crawled from the dashboard by its links (a couple of instances
/// of each route), and every menu page opened directly: none fails, each is a titled page with a heading, a refusal comes
/// only where the role's policy refuses the page, and the cross-functional viewer never receives HCP-level medical data.
/// </summary>
public abstract partial class PageCrawlTests(DemoWorkspaceApp demo, ITestOutputHelper output)
{
    public static TheoryData<string> AllRoles => new(Roles.All);

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Every_page_the_role_reaches_answers_as_a_page_and_refuses_only_what_the_role_may_not_open(string role)
    {
        var app = demo.App;
        var pages = await demo.SignIn(role);
        var firewall = await ViewerFirewall.Load(app);
        // Every menu page, as if typed in: those the role's menu leaves out must refuse it.
        List<(string, string)> roots = [.. PageCrawler.MenuRoots()];
        if (role == Roles.Viewer) roots.AddRange(firewall.Addresses);

        var access = new PageAccess(app.App.Services);
        // Two addresses per route pattern keep the crawl to seconds; LIAISON_CRAWL_PER_PATTERN=8 crawls deeper by hand.
        var perPattern = int.TryParse(Environment.GetEnvironmentVariable("LIAISON_CRAWL_PER_PATTERN"), out var n) ? n : 2;
        var clock = Stopwatch.StartNew();
        var visits = await new PageCrawler(pages, access.PatternOf, perPattern).Crawl(roots);
        clock.Stop();

        var problems = new List<string>();
        foreach (var visit in visits) problems.AddRange(await Problems(visit, role, access));
        if (role == Roles.Viewer) problems.AddRange(firewall.Breaches(visits));
        // The markers are real: the MSL who wrote the notes meets them, so the viewer's crawl not meeting them means something.
        if (role == Roles.Msl) Assert.True(firewall.Breaches(visits).Count() > 2, "the MSL's crawl meets too few of the viewer's markers");

        var patterns = visits.Select(v => v.Pattern).Distinct().Count();
        output.WriteLine($"{role} on {app.Provider}: {visits.Count} pages, {patterns} patterns, {clock.Elapsed.TotalSeconds:F1} s; "
                         + $"{visits.Count(v => v.IsRefused)} refused");
        foreach (var slow in visits.OrderByDescending(v => v.Elapsed).Take(5))
            output.WriteLine($"  {slow.Elapsed.TotalMilliseconds,6:F0} ms {slow.Address.PathAndQuery}");
        foreach (var pattern in visits.GroupBy(v => v.Pattern).OrderBy(g => g.Key))
            output.WriteLine($"  {string.Join(",", pattern.Select(v => (int)v.Status))} {pattern.Key}");
        Assert.True(problems.Count == 0, $"{role} on {app.Provider}:\n" + string.Join("\n", problems));
    }

    private static async Task<IEnumerable<string>> Problems(PageVisit visit, string role, PageAccess access)
    {
        var where = $"{visit.Address.PathAndQuery} (linked from {visit.Source})";
        var status = (int)visit.Status;
        var refuses = await access.Refuses(role, visit.RedirectedTo is { } to && !visit.IsRefused ? to.AbsolutePath : visit.Address.AbsolutePath);
        if (status >= 500) return [$"{where}: {status}"];
        if (visit.IsRefused && refuses != true) return [$"{where}: refused ({status}) though the page's policy admits {role}"];
        // Addresses typed in may be refused; a page never offers a link its reader would be refused.
        if (visit.IsRefused) return visit.Source.StartsWith("(direct address", StringComparison.Ordinal) ? [] : [$"{where}: a link {role} is refused"];
        if (refuses == true && visit.Status == HttpStatusCode.OK) return [$"{where}: 200 though the page's policy refuses {role}"];
        if (visit.Status == HttpStatusCode.NotFound) return [$"{where}: 404"];
        if (visit.RedirectedTo is { } other && visit.Status is HttpStatusCode.Redirect or HttpStatusCode.Found)
            return [$"{where}: {status} to {other} (a session page or another site)"];
        if (visit.Status != HttpStatusCode.OK) return [$"{where}: {status}"];
        if (!visit.IsHtml) return []; // a download: its status is all the crawl asks of it
        List<string> found = [];
        // The layout writes the bare product name only when a page names itself nothing.
        if (Title().Match(visit.Body) is not { Success: true } title || title.Groups[1].Value.Trim() is "" or "Liaison")
            found.Add($"{where}: no page title");
        if (Heading().Match(visit.Body) is not { Success: true } heading || string.IsNullOrWhiteSpace(Markup().Replace(heading.Groups[1].Value, "")))
            found.Add($"{where}: no <h1>");
        return found;
    }

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex Title();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();
}

[Collection(SqliteDemoCollection.Name)]
public sealed class PageCrawlOnSqlite(SqliteDemoApp demo, ITestOutputHelper output) : PageCrawlTests(demo, output);

[Collection(PostgresDemoCollection.Name)]
public sealed class PageCrawlOnPostgres(PostgresDemoApp demo, ITestOutputHelper output) : PageCrawlTests(demo, output);
