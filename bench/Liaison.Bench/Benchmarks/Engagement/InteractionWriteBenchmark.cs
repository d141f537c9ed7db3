using System.Data.Common;
using System.Net.Http.Json;
using Liaison.Bench.Harness;
using Liaison.Core.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liaison.Bench.Benchmarks.Engagement;

/// <summary>
/// Logging an interaction through the API (token auth, validation, the material rules, six rows and their audit
/// entries, the read-back) at 32 concurrent clients, beside a minimal endpoint of the same app that writes one
/// interaction row with raw ADO.NET, measured in the same run on each engine: p50/p99 and requests/s.
/// </summary>
internal sealed class InteractionWriteBenchmark : IBenchmark
{
    private static readonly int Clients = int.TryParse(Environment.GetEnvironmentVariable("LIAISON_BENCH_CLIENTS"), out var c) ? c : 32;

    public string Name => "interaction-write";
    public string Description => "POST /api/v1/interactions at 32 concurrent clients beside a raw ADO.NET one-row endpoint";

    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, CancellationToken ct)
    {
        // Long enough for the JIT's tiering to settle on a shared 2-core machine: with 3 s the first phase measured
        // still paid for it (perf: ~18% of its CPU in the JIT) and looked ~3x dearer than the same phase run later; with
        // 10 s at a load of 5-15, a quarter of the measured phase's CPU was still the tiering thread and most of the hot
        // path still ran in its instrumented tier.
        var warmUp = TimeSpan.FromSeconds(context.Quick ? 0.5 : 20);
        var measure = TimeSpan.FromSeconds(context.Quick ? 1.5 : 15);
        var figures = new List<Figure>();
        var notes = new List<Note>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            if (provider == DatabaseProvider.Postgres && context.Postgres is null) continue;
            await using var host = await EngagementBenchHost.StartAsync(context, provider, "interaction-write",
                app => app.MapPost("/bench/raw-interaction", RawInsert).AllowAnonymous());
            using var http = host.ApiClient();
            var api = await Latency.Run(Clients, warmUp, measure, async k =>
                (await http.PostAsJsonAsync("/api/v1/interactions", Body(host, k), ct)).IsSuccessStatusCode);
            var raw = await Latency.Run(Clients, warmUp, measure, async _ =>
                (await http.PostAsync("/bench/raw-interaction", null, ct)).IsSuccessStatusCode);
            if (api.Failures > 0 || raw.Failures > 0)
                throw new InvalidOperationException($"{provider}: {api.Failures} API and {raw.Failures} raw requests failed");
            context.Log($"{provider}: API p50 {api.P50:F1} ms p99 {api.P99:F1} ms {api.PerSecond:N0}/s ({api.Requests} requests, "
                        + $"{api.CpuMsPerRequest:F2} CPU ms each, JIT {api.JitMs:F0} ms); raw p50 {raw.P50:F1} ms p99 {raw.P99:F1} ms {raw.PerSecond:N0}/s "
                        + $"({raw.CpuMsPerRequest:F2} CPU ms each)");
            figures.Add(new Figure($"interactions logged/s, 32 clients ({provider})", api.PerSecond, "requests/s",
                "raw ADO.NET one-row endpoint, same app and run", raw.PerSecond, HigherIsBetter: true, Goal: "≥ 50% of raw (ratio ≤ 2)"));
            figures.Add(new Figure($"p99 log an interaction, 32 clients ({provider})", api.P99, "ms", "raw endpoint p99", raw.P99,
                HigherIsBetter: false, Goal: "≤ 25 ms"));
            notes.Add(new Note($"p50 log an interaction ({provider})", api.P50, "ms", $"raw endpoint p50 {raw.P50:F2} ms"));
            notes.Add(new Note($"CPU per interaction logged, app and client ({provider})", api.CpuMsPerRequest, "ms",
                $"raw endpoint {raw.CpuMsPerRequest:F2} ms; steadier than requests/s on a shared machine"));
            if (!context.Quick) notes.Add(await WithoutSealing(context, provider, warmUp, measure, api, ct));
            if (provider == DatabaseProvider.Sqlite)
            {
                // The same raw writes without PRAGMA busy_timeout: Microsoft.Data.Sqlite's own retry sleeps 150 ms per attempt.
                var managed = await Latency.Run(Clients, warmUp, measure, async _ =>
                    (await http.PostAsync("/bench/raw-interaction?managedRetry=true", null, ct)).IsSuccessStatusCode);
                context.Log($"Sqlite raw with the driver's managed retry: p50 {managed.P50:F1} ms p99 {managed.P99:F1} ms {managed.PerSecond:N0}/s");
                notes.Add(new Note("raw one-row writes/s without busy_timeout (Sqlite)", managed.PerSecond, "requests/s",
                    $"diagnostic: with busy_timeout {raw.PerSecond:N0}/s; p99 {managed.P99:F1} ms vs {raw.P99:F1} ms"));
            }
        }
        return (figures, notes);
    }

    /// <summary>
    /// The same load with the web app's background audit sealer removed (entries are written, not chained): how much
    /// of the cost is the hash chain's sealing, which the integrator owns. A diagnostic, not a configuration.
    /// </summary>
    private static async Task<Note> WithoutSealing(BenchContext context, DatabaseProvider provider, TimeSpan warmUp, TimeSpan measure,
        Latency sealing, CancellationToken ct)
    {
        await using var host = await EngagementBenchHost.StartAsync(context, provider, "interaction-write-unsealed", sealAudit: false);
        using var http = host.ApiClient();
        var unsealed = await Latency.Run(Clients, warmUp, measure, async k =>
            (await http.PostAsJsonAsync("/api/v1/interactions", Body(host, k), ct)).IsSuccessStatusCode);
        context.Log($"{provider} without background sealing: p50 {unsealed.P50:F1} ms p99 {unsealed.P99:F1} ms {unsealed.PerSecond:N0}/s "
                    + $"({unsealed.CpuMsPerRequest:F2} CPU ms each)");
        return new Note($"interactions logged/s without audit sealing ({provider})", unsealed.PerSecond, "requests/s",
            $"diagnostic: with sealing {sealing.PerSecond:N0}/s; p99 without sealing {unsealed.P99:F1} ms");
    }

    private static object Body(EngagementBenchHost host, int k) => new
    {
        kind = "ScientificExchange", channel = "InPerson", occurredAt = DateTime.UtcNow.AddHours(-1), durationMinutes = 30,
        hcpIds = new[] { host.Hcps[k % host.Hcps.Count], host.Hcps[(k + 7) % host.Hcps.Count] }, productIds = new[] { host.Product },
        materialIds = new[] { host.Material }, topics = new[] { "Biomarkers" }, notes = "Discussed the subgroup data; will send the reprint.",
        followUps = new[] { new { description = "Send the reprint", dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7) } },
    };

    /// <summary>One interaction row, written the cheapest correct way: a pooled connection, one parameterised INSERT.</summary>
    private static async Task<IResult> RawInsert(WorkspaceDatabase database, bool? managedRetry, CancellationToken ct)
    {
        var sqlite = database.Provider == DatabaseProvider.Sqlite;
        // The managed-retry variant uses a pool of its own, which never had the PRAGMA (it sticks to a pooled connection).
        var cs = sqlite && managedRetry == true
            ? new SqliteConnectionStringBuilder(database.ConnectionString) { DefaultTimeout = 61 }.ToString()
            : database.ConnectionString;
        await using DbConnection connection = sqlite ? new SqliteConnection(cs) : new NpgsqlConnection(cs);
        await connection.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        // SQLite waits for the write lock itself and commits without an fsync of its own (WAL, synchronous = NORMAL),
        // as the app's connections do (see SqliteConnectionSetup).
        cmd.CommandText = (sqlite ? "PRAGMA synchronous = NORMAL; " : "")
                          + (sqlite && managedRetry != true ? "PRAGMA busy_timeout = 60000; " : "") + """
            INSERT INTO interactions (id, kind, channel, occurred_at, duration_minutes, owner_id, shared, notes, topics, status,
                                      amendment_count, created_at, updated_at, version)
            VALUES (@id, 'ScientificExchange', 'InPerson', @at, 30, 'bench', FALSE, @notes, @topics, 'Draft', 0, @at, @at, 0)
            """;
        var now = DateTime.UtcNow;
        Add(cmd, "@id", sqlite ? Guid.CreateVersion7().ToString().ToUpperInvariant() : Guid.CreateVersion7());
        Add(cmd, "@at", now);
        Add(cmd, "@notes", "Discussed the subgroup data; will send the reprint.");
        Add(cmd, "@topics", sqlite ? "[\"Biomarkers\"]" : new[] { "Biomarkers" });
        await cmd.ExecuteNonQueryAsync(ct);
        return Results.NoContent();
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
