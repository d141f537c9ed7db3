using Liaison.Core.Data;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Infrastructure;

/// <summary>The app on a real Kestrel socket with a small body limit (1 MiB), so the server's own refusals are cheap to reach.</summary>
public abstract class KestrelApp : TestApp
{
    public const long BodyLimit = 1024 * 1024;

    protected override bool OnKestrel => true;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = BodyLimit);
}

public sealed class SqliteKestrelApp : KestrelApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresKestrelApp : KestrelApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
