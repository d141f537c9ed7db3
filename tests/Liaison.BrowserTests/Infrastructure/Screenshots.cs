using Microsoft.Playwright;

namespace Liaison.BrowserTests.Infrastructure;

/// <summary>
/// Pictures of the pages the tests walk, for a person to look at, in artifacts/screenshots: taken when
/// LIAISON_SCREENSHOTS=1 (<c>LIAISON_SCREENSHOTS=1 ./scripts/test</c>, or one class with <c>dotnet test --filter</c>). A
/// full-page capture costs Chromium and the test process about 0.65 CPU s (the admin's and compliance's tour of every
/// page: 64 CPU s with its 40 captures, 37 without); the eighty-odd a run took were about a sixth of the browser tests'
/// CPU, on a test run bound by its 2 cores. What the tests assert does not depend on them.
/// </summary>
public static class Screenshots
{
    public static bool Wanted { get; } = Environment.GetEnvironmentVariable("LIAISON_SCREENSHOTS") is "1" or "true";

    /// <param name="name">The file's name without its extension.</param>
    public static Task Take(IPage page, string name, bool fullPage = true) =>
        Wanted ? page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, name + ".png"), FullPage = fullPage }) : Task.CompletedTask;
}
