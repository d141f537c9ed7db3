using System.Data.Common;
using System.Diagnostics;
using Liaison.Bench.Harness;
using Liaison.Core.Data;
using Liaison.Core.Products;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liaison.Bench.Benchmarks;

/// <summary>
/// The price of compliance on a write: saving a record through its use case (validation queries, the audit
/// entry, the hash chain under its lock, one transaction) beside a raw ADO.NET INSERT of the same row, one
/// transaction per row, on each engine.
/// </summary>
internal sealed class AuditWriteBenchmark : IBenchmark
{
    public string Name => "audit-write";
    public string Description => "records/s saved through a use case with the audit chain, beside a raw INSERT";

    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, CancellationToken ct)
    {
        var n = context.Quick ? 50 : 3000;
        var figures = new List<Figure>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            if (provider == DatabaseProvider.Postgres && context.Postgres is null) continue;
            await using var ws = await BenchWorkspace.CreateAsync(context, provider, "audit-write");
            var audited = await UseCaseRate(ws, n, ct);
            var raw = await RawRate(ws.Database, n, ct);
            context.Log($"{provider}: {audited:N0}/s through the use case, {raw:N0}/s raw");
            figures.Add(new Figure($"audited writes/s ({provider})", audited, "records/s", "raw INSERT, one per transaction", raw,
                HigherIsBetter: true));
            var auditedParallel = await Parallel(n, i => UseCaseRate(ws, 1, ct, offset: 1_000_000 + i));
            var rawParallel = await Parallel(n, i => RawRate(ws.Database, 1, ct, offset: 1_000_000 + i));
            context.Log($"{provider} x{Clients}: {auditedParallel:N0}/s through the use case, {rawParallel:N0}/s raw");
            figures.Add(new Figure($"audited writes/s, {Clients} writers ({provider})", auditedParallel, "records/s",
                $"raw INSERT, {Clients} writers", rawParallel, HigherIsBetter: true));
        }
        return (figures, []);
    }

    private const int Clients = 32;

    /// <summary>n operations spread over <see cref="Clients"/> concurrent writers; records/s overall.</summary>
    private static async Task<double> Parallel(int n, Func<int, Task<double>> one)
    {
        var next = -1;
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < n) await one(i);
        })));
        return n / sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> UseCaseRate(BenchWorkspace ws, int n, CancellationToken ct, int offset = 0)
    {
        var sw = Stopwatch.StartNew();
        for (var i = offset; i < offset + n; i++)
        {
            await using var scope = ws.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<SaveTherapeuticArea.Handler>()
                .Create(new TherapeuticAreaFields { Code = $"A{i}", Name = $"Area {i}", Description = "bench" }, ct);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error!.Message);
        }
        return n / sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> RawRate(WorkspaceDatabase database, int n, CancellationToken ct, int offset = 0)
    {
        await using DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        var sw = Stopwatch.StartNew();
        for (var i = offset; i < offset + n; i++)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO therapeutic_areas (id, code, name, description, version) VALUES (@id, @code, @name, 'bench', 0)";
            Add(cmd, "@id", database.Provider == DatabaseProvider.Sqlite ? Guid.CreateVersion7().ToString().ToUpperInvariant() : Guid.CreateVersion7());
            Add(cmd, "@code", $"R{i}");
            Add(cmd, "@name", $"Raw {i}");
            await cmd.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        return n / sw.Elapsed.TotalSeconds;
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
