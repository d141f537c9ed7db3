using Liaison.BrowserTests.Infrastructure;

namespace Liaison.BrowserTests.Shell;

/// <summary>The watch the page walks rely on sees a thrown error, a logged one and a request outside the app.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class PageWatchTests(LiveApp app)
{
    [Fact]
    public async Task The_watch_names_script_errors_and_requests_outside_the_app()
    {
        var page = await app.Browser.NewPage(app.BaseUrl);
        var watch = new PageWatch(page, app.BaseUrl);
        await page.SetContentAsync("""
            <html lang="en"><body><h1>Broken</h1>
            <script>console.error('logged'); throw new Error('thrown');</script>
            <img src="http://elsewhere.invalid/pixel.png" alt=""></body></html>
            """);
        // The browser's events reach the test a moment after the page has them.
        for (var i = 0; i < 100 && watch.Problems.Count < 3; i++) await Task.Delay(100);
        Assert.Contains(watch.Problems, p => p.Contains("console error logged", StringComparison.Ordinal));
        Assert.Contains(watch.Problems, p => p.Contains("script error", StringComparison.Ordinal) && p.Contains("thrown", StringComparison.Ordinal));
        Assert.Contains(watch.Problems, p => p.Contains("request outside the app http://elsewhere.invalid/pixel.png", StringComparison.Ordinal));
    }
}
