using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Liaison.BrowserTests.Infrastructure;

/// <summary>
/// What no page of the app may do while a test walks it: throw a script error, log one to the console, or send a
/// request outside the app (a font, a script or a beacon from another site). Each is named with the page it came from.
/// </summary>
public sealed class PageWatch
{
    private readonly ConcurrentQueue<string> _problems = new(); // the browser's events arrive on Playwright's threads

    public PageWatch(IPage page, string baseUrl)
    {
        page.PageError += (_, e) => _problems.Enqueue($"{Path(page)}: script error {e}");
        page.Console += (_, m) => { if (m.Type == "error") _problems.Enqueue($"{Path(page)}: console error {m.Text}"); };
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(baseUrl, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
                _problems.Enqueue($"{Path(page)}: request outside the app {r.Url}");
        };
    }

    public IReadOnlyList<string> Problems => [.. _problems];

    private static string Path(IPage page) => Uri.TryCreate(page.Url, UriKind.Absolute, out var url) ? url.PathAndQuery : page.Url;
}
