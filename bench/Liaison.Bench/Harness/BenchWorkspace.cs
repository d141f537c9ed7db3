using Liaison.Core;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Liaison.Bench.Harness;

/// <summary>A fresh, migrated workspace for a benchmark: a SQLite file in bench/work or a new PostgreSQL database.</summary>
public sealed class BenchWorkspace : IAsyncDisposable
{
    private readonly string? _pgServer;
    private readonly string? _pgName;

    private BenchWorkspace(WorkspaceDatabase database, ServiceProvider services, string? pgServer, string? pgName)
    {
        Database = database;
        Services = services;
        _pgServer = pgServer;
        _pgName = pgName;
    }

    public WorkspaceDatabase Database { get; }
    public ServiceProvider Services { get; }

    public static async Task<BenchWorkspace> CreateAsync(BenchContext context, DatabaseProvider provider, string name)
    {
        WorkspaceDatabase database;
        string? pgName = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(context.WorkDir, $"{name}.db");
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
            database = new WorkspaceDatabase(provider, $"Data Source={file};Default Timeout=60");
        }
        else
        {
            var server = context.Postgres ?? throw new InvalidOperationException("No PostgreSQL server (LIAISON_BENCH_POSTGRES).");
            pgName = $"bench_{name.Replace('-', '_')}";
            await using (var c = new NpgsqlConnection(server))
            {
                await c.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{pgName}\" WITH (FORCE); ", c);
                await drop.ExecuteNonQueryAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{pgName}\"", c);
                await create.ExecuteNonQueryAsync();
            }
            database = new WorkspaceDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = pgName }.ToString());
        }
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IActorAccessor>(new FixedActor(Actor.System("bench")));
        services.AddLiaisonCore(database);
        var provider2 = services.BuildServiceProvider();
        await using (var scope = provider2.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<WorkspaceMigrator>().MigrateAsync(CancellationToken.None);
        return new BenchWorkspace(database, provider2, context.Postgres, pgName);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_pgName is not null && _pgServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var c = new NpgsqlConnection(_pgServer);
            await c.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", c);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
