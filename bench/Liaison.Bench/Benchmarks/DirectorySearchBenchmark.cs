using System.Data.Common;
using System.Diagnostics;
using System.Net.Http.Headers;
using Liaison.Bench.Harness;
using Liaison.Bench.Nppes;
using Liaison.Bench.Search;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Liaison.Core.Identity;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Bench.Benchmarks;

/// <summary>
/// HCP search over 1,000,000 imported HCPs (--quick: 3,000) through the HTTP API (Kestrel on loopback, a bearer token),
/// beside the same search written by hand in SQL and run directly on the SQLite file (the anchor). Each API search's
/// own statements are also recorded as EF Core runs them and replayed on a plain connection (a note: what the API
/// costs beyond its SQL). Name prefix, misspelt surname, specialty + state.
/// </summary>
internal sealed class DirectorySearchBenchmark : IBenchmark
{
    public string Name => "directory-search";
    public string Description => "p50/p95 of HCP search through the HTTP API beside the raw SQL, over 1,000,000 HCPs";

    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, CancellationToken ct)
    {
        var n = context.Quick ? 3_000 : 1_000_000;
        var queries = context.Quick ? 20 : 300;
        var sample = Path.Combine(Directory.GetCurrentDirectory(), "..", "shared", "data", "nppes", "npidata_pfile_sample.csv");
        var file = NppesFileGenerator.Write(sample, Path.Combine(context.WorkDir, $"npidata-{n}.csv"), n);
        await using var ws = await BenchWorkspace.CreateAsync(context, DatabaseProvider.Sqlite, "directory-search");
        string token;
        await using (var scope = ws.Services.CreateAsyncScope())
        {
            var import = await scope.ServiceProvider.GetRequiredService<DirectoryImportRunner>().RunAsync(new NppesFileSource(file), null, ct);
            context.Log($"imported {import.Value!.Imported:N0} HCPs");
            var user = await scope.ServiceProvider.GetRequiredService<AddUser.Handler>().Handle(new AddUser.Command("bench@bench.test", [Roles.Msl]), ct);
            token = (await scope.ServiceProvider.GetRequiredService<CreateApiToken.Handler>().Handle(new CreateApiToken.Command(user.Value!.UserId, "bench"), ct)).Value!.Token;
        }

        var port = 5790 + Random.Shared.Next(100);
        await using var app = LiaisonWebApp.Build(["--urls", $"http://127.0.0.1:{port}", "--environment", "Production"], b =>
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Liaison"] = ws.Database.ConnectionString,
                ["Demo:SeedOnFirstStart"] = "false", ["Logging:LogLevel:Default"] = "Warning",
            }));
        await app.PrepareWorkspaceAsync();
        await app.StartAsync(ct);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await using var raw = new SqliteConnection(ws.Database.ConnectionString);
        await raw.OpenAsync(ct);
        using var capture = new SqlCapture();

        var random = new Random(11);
        var figures = new List<Figure>();
        var notes = new List<Note>();
        // Each search's input is drawn once and given to both the API and the hand-written SQL.
        var kinds = new (string Name, Func<string> Input, Func<string, string> Api, Func<string, SqliteCommand> Raw)[]
        {
            ("name prefix", () => NppesFileGenerator.Surname(random)[..5], w => "q=" + w, w => RawSearchSql.Prefix(raw, w)),
            ("misspelt surname", () => Misspell(NppesFileGenerator.Surname(random), random), w => "q=" + w, w => RawSearchSql.Typo(raw, w)),
            ("specialty + state", () => "", _ => "specialty=207RC0000X&state=TX", _ => RawSearchSql.SpecialtyState(raw, "207RC0000X", "TX")),
        };
        foreach (var (name, input, apiQuery, rawSql) in kinds)
        {
            var api = new List<double>();
            var sql = new List<double>();
            var replayed = new List<double>();
            var statements = 0;
            for (var i = -5; i < queries; i++)
            {
                var word = input();
                capture.Start();
                var sw = Stopwatch.StartNew();
                (await http.GetAsync($"/api/v1/hcps?{apiQuery(word)}", ct)).EnsureSuccessStatusCode();
                var apiMs = sw.Elapsed.TotalMilliseconds;
                // The search's own statements (the app's background audit sealing also runs SQL; the token check, cached
                // for 30 s, is the API's cost, not the query's).
                var ran = capture.Stop(IsSearch);
                var replayMs = await ReplayAsync(raw, ran, ct);
                sw.Restart();
                await RawSearchSql.RunAsync(rawSql(word), ct);
                var sqlMs = sw.Elapsed.TotalMilliseconds;
                if (Environment.GetEnvironmentVariable("SQLDIAG") is not null)
                    Console.Error.WriteLine($"{name}: api {apiMs:F1} in-app reads [{string.Join(", ", ran.Select(r => r.ReadMs.ToString("F1")))}] replay {replayMs:F1} raw {sqlMs:F1}");
                if (i < 0) continue;
                statements = ran.Count;
                api.Add(apiMs);
                sql.Add(sqlMs);
                replayed.Add(replayMs);
            }
            var (apiP50, apiP95) = Percentiles(api);
            var (sqlP50, sqlP95) = Percentiles(sql);
            var (replayP50, replayP95) = Percentiles(replayed);
            context.Log($"{name}: API p50 {apiP50:F2} ms p95 {apiP95:F2} ms; raw SQL p50 {sqlP50:F2} ms p95 {sqlP95:F2} ms; "
                + $"the app's {statements} statements replayed p50 {replayP50:F2} ms p95 {replayP95:F2} ms");
            figures.Add(new Figure($"p95 {name} (SQLite, {n:N0} HCPs)", apiP95, "ms", "the raw SQL run directly", sqlP95,
                HigherIsBetter: false, Goal: "≤ 10 ms and ratio ≤ 1.5"));
            notes.Add(new Note($"p50 {name} via API / raw SQL", apiP50, "ms", $"raw {sqlP50:F2} ms"));
            notes.Add(new Note($"p95 {name}: the app's own {statements} statements replayed directly", replayP95, "ms",
                $"p50 {replayP50:F2} ms (API time minus this: its cost beyond its SQL)"));
        }
        await app.StopAsync(ct);
        return (figures, notes);
    }

    private static bool IsSearch(string sql) => sql.StartsWith("SELECT", StringComparison.Ordinal)
        && (sql.Contains("\"hcp_search_entries\"", StringComparison.Ordinal) || sql.Contains("\"territories\"", StringComparison.Ordinal));

    /// <summary>Runs recorded statements on <paramref name="connection"/>, reading every row; the milliseconds taken.</summary>
    private static async Task<double> ReplayAsync(DbConnection connection, IReadOnlyList<SqlCapture.Statement> statements, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        foreach (var statement in statements)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = statement.Sql;
            foreach (var (name, value) in statement.Parameters)
            {
                var p = cmd.CreateParameter();
                (p.ParameterName, p.Value) = (name, value ?? DBNull.Value);
                cmd.Parameters.Add(p);
            }
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) { }
        }
        return sw.Elapsed.TotalMilliseconds;
    }

    private static (double P50, double P95) Percentiles(List<double> times)
    {
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
    }

    private static string Misspell(string name, Random random)
    {
        var i = random.Next(1, name.Length - 1);
        var c = name.ToCharArray();
        (c[i], c[i + 1]) = (c[i + 1], c[i]);
        return new string(c);
    }
}
