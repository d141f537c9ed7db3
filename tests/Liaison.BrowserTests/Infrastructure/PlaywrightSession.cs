using Microsoft.Playwright;

namespace Liaison.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium (LIAISON_CHROMIUM, else /usr/bin/chromium) under Playwright. Playwright never downloads a
/// browser here; without Chromium the tests fail.
/// </summary>
public sealed class PlaywrightSession : IAsyncDisposable
{
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("LIAISON_CHROMIUM") is { Length: > 0 } e ? e : "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Chromium not found at {executable}: ./scripts/test installs Debian's chromium.");
        _playwright = await Playwright.CreateAsync();
        // Expect(...) has a timeout of its own (5 s), apart from the context's for actions: under the full run's load a
        // page after a form post took longer than that (the educational-session flow failed once at load ~10).
        Assertions.SetDefaultExpectTimeout(30_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <param name="timezoneId">The browser's time zone (an IANA name); the machine's when null.</param>
    public async Task<IPage> NewPage(string baseUrl, string? timezoneId = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, TimezoneId = timezoneId,
        });
        context.SetDefaultTimeout(30_000); // generous: the tests share 2 cores with the integration run
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
