namespace Liaison.BrowserTests.Infrastructure;

/// <summary>One app and one browser for all browser tests: starting Chromium is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class LiveAppCollection : ICollectionFixture<LiveApp>
{
    public const string Name = "live app";
}
