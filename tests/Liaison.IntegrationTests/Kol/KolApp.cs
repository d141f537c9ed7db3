using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Kol;

/// <summary>A workspace with <see cref="KolScenario"/> imported once, when the fixture starts.</summary>
public abstract class KolApp : TestApp, IAsyncLifetime
{
    public Dictionary<string, EvidenceImportReport> Reports { get; private set; } = [];

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Reports = await KolScenario.ImportAllAsync(this);
    }
}

public sealed class KolSqliteApp : KolApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class KolPostgresApp : KolApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
