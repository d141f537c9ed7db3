using System.Diagnostics;
using System.Net.Http.Headers;
using Liaison.Bench.Nppes;
using Liaison.Bench.Harness;
using Liaison.Core.Data;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Liaison.Core.Identity;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Bench.Benchmarks;

/// <summary>
/// HCP search over 1,000,000 imported HCPs (--quick: 3,000) through the HTTP API (Kestrel on loopback, a bearer token),
/// beside the same SQL run directly on the SQLite file: name prefix, misspelt surname, specialty + state.
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

        var random = new Random(11);
        var figures = new List<Figure>();
        var notes = new List<Note>();
        var kinds = new (string Name, Func<string> Api, Func<SqliteCommand> Sql)[]
        {
            ("name prefix", () => "q=" + NppesFileGenerator.Surname(random)[..5], () => PrefixSql(raw, NppesFileGenerator.Surname(random)[..5])),
            ("misspelt surname", () => "q=" + Misspell(NppesFileGenerator.Surname(random), random), () => TypoSql(raw, Misspell(NppesFileGenerator.Surname(random), random))),
            ("specialty + state", () => "specialty=207RC0000X&state=TX", () => SpecialtyStateSql(raw, "207RC0000X", "TX")),
        };
        foreach (var (name, api, sql) in kinds)
        {
            var apiTimes = await Measure(queries, async () => (await http.GetAsync($"/api/v1/hcps?{api()}", ct)).EnsureSuccessStatusCode());
            var sqlTimes = await Measure(queries, async () =>
            {
                await using var cmd = sql();
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) { }
            });
            context.Log($"{name}: API p50 {apiTimes.P50:F2} ms p95 {apiTimes.P95:F2} ms; SQL p50 {sqlTimes.P50:F2} ms p95 {sqlTimes.P95:F2} ms");
            figures.Add(new Figure($"p95 {name} (SQLite, {n:N0} HCPs)", apiTimes.P95, "ms", "the same SQL run directly", sqlTimes.P95,
                HigherIsBetter: false, Goal: "≤ 10 ms and ratio ≤ 1.5"));
            notes.Add(new Note($"p50 {name} via API / raw SQL", apiTimes.P50, "ms", $"raw {sqlTimes.P50:F2} ms"));
        }
        await app.StopAsync(ct);
        return (figures, notes);
    }

    private static string Misspell(string name, Random random)
    {
        var i = random.Next(1, name.Length - 1);
        var c = name.ToCharArray();
        (c[i], c[i + 1]) = (c[i + 1], c[i]);
        return new string(c);
    }

    private static async Task<(double P50, double P95)> Measure(int count, Func<Task> work)
    {
        for (var i = 0; i < 5; i++) await work();
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var sw = Stopwatch.StartNew();
            await work();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[count / 2], times[Math.Min(count - 1, (int)Math.Ceiling(count * 0.95) - 1)]);
    }

    private const string Page = """
        SELECT e.key, h.id, h.npi, h.last_name, h.first_name, e.specialty, e.city, e.state FROM hcp_search_entries e
        JOIN hcps h ON h.id = e.hcp_id WHERE e.key IN ({0}) ORDER BY e.sort_name LIMIT 50
        """;

    private static SqliteCommand PrefixSql(SqliteConnection c, string prefix) => Command(c,
        $"SELECT count(*) FROM hcp_name_index WHERE hcp_name_index MATCH $q; {string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, "SELECT rowid FROM hcp_name_index WHERE hcp_name_index MATCH $q")}",
        ("$q", $"\"{prefix}\"*"));

    private static SqliteCommand TypoSql(SqliteConnection c, string word)
    {
        var key = NameKey.Of(word);
        return Command(c, $"SELECT count(*) FROM hcp_name_index WHERE hcp_name_index MATCH $q; "
            + "SELECT key, names, sort_name FROM hcp_search_entries WHERE last_name_key >= $k AND last_name_key < $k || '~' ORDER BY sort_name LIMIT 500",
            ("$q", $"\"{word}\"*"), ("$k", key));
    }

    private static SqliteCommand SpecialtyStateSql(SqliteConnection c, string specialty, string state) => Command(c,
        "SELECT count(*) FROM hcp_search_entries WHERE specialty = $s AND state = $t; " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Page,
            "SELECT key FROM hcp_search_entries WHERE specialty = $s AND state = $t ORDER BY sort_name LIMIT 50"),
        ("$s", specialty), ("$t", state));

    private static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, string Value)[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }
}
