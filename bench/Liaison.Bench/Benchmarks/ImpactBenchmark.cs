using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Liaison.Bench.Harness;
using Liaison.Core.Data;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.Core.Impact.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liaison.Bench.Benchmarks;

/// <summary>
/// <c>impact analyze</c> on 1,000,000 subjects × 24 months (24M rows in the CSV contract), both designs, beside
/// the raw DuckDB aggregation of the same file (one GROUP BY of the windows and arms, which is all the point
/// estimate of <c>did</c> needs); peak memory of the CLI doing it; then the same analyses on a PostgreSQL
/// workspace beside the raw SQL.
/// </summary>
internal sealed class ImpactBenchmark : IBenchmark
{
    public string Name => "impact";
    public string Description => "impact analyze (did, matched-did) beside the raw GROUP BY, on DuckDB over CSV and on PostgreSQL";

    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, CancellationToken ct)
    {
        var spec = new PanelSpec { Subjects = context.Quick ? 2_000 : 1_000_000, StartMonth = 2025 * 12, Pre = 12, Post = 12, Effect = 0.3 };
        var folder = Panel(context, spec, context.Quick ? "impact-quick" : "impact-1m");
        var (exposures, outcomes, covariates) = (Path.Combine(folder, "exposures.csv"), Path.Combine(folder, "outcomes.csv"), Path.Combine(folder, "covariates.csv"));
        var windows = new AnalysisWindows(spec.StartMonth, spec.Pre, spec.Post);
        var figures = new List<Figure>();
        var notes = new List<Note> { new("outcome rows", double.Parse(File.ReadAllText(Path.Combine(folder, "rows.txt")), CultureInfo.InvariantCulture), "rows") };

        // Warm up (JIT, DuckDB's first load) on a tiny panel, then measure each once, the anchor beside each.
        var warm = Panel(context, spec with { Subjects = 2_000 }, "impact-quick");
        await RawDuckDb(Path.Combine(warm, "outcomes.csv"), Path.Combine(warm, "exposures.csv"), windows, ct);
        await FileAnalysis.RunAsync(Path.Combine(warm, "exposures.csv"), Path.Combine(warm, "outcomes.csv"), Path.Combine(warm, "covariates.csv"),
            new ImpactOptions(windows), ct);
        var raw = await Measure(_ => RawDuckDb(outcomes, exposures, windows, ct));
        var did = await Measure(p => FileAnalysis.RunAsync(exposures, outcomes, covariates, new ImpactOptions(windows, ImpactDesign.Did), ct, p));
        var raw2 = await Measure(_ => RawDuckDb(outcomes, exposures, windows, ct));
        var matched = await Measure(p => FileAnalysis.RunAsync(exposures, outcomes, covariates, new ImpactOptions(windows), ct, p));
        var anchor = raw.Wall <= raw2.Wall ? raw : raw2;
        context.Log($"DuckDB: raw {raw}/{raw2}, did {did}, matched-did {matched} (wall, process cpu)");
        figures.Add(new Figure("impact analyze did (CSV)", did.Wall, "s", "raw DuckDB GROUP BY of the windows", anchor.Wall, false, "≤ 1.3×"));
        figures.Add(new Figure("impact analyze matched-did (CSV)", matched.Wall, "s", "raw DuckDB GROUP BY of the windows", anchor.Wall, false, "≤ 3×"));
        // CPU seconds do not swing with the machine's load the way wall time does: the same comparison, load-free.
        notes.Add(new Note("cpu: raw DuckDB GROUP BY", anchor.Cpu, "s cpu"));
        notes.Add(new Note("cpu: impact analyze did / raw", did.Cpu / anchor.Cpu, "×", "≤ 1.3×"));
        notes.Add(new Note("cpu: impact analyze matched-did / raw", matched.Cpu / anchor.Cpu, "×", "≤ 3×"));
        if (context.Verbose)
            foreach (var (design, run) in new[] { ("did", did), ("matched-did", matched) })
                notes.AddRange(run.Phases.Select(p => new Note($"{design}: {p.What}", p.Wall, $"s (cpu {p.Cpu:F2} s)")));
        foreach (var design in new[] { "did", "matched-did" })
            if (PeakMegabytes(context, design, exposures, outcomes, covariates, windows) is { } mb)
                notes.Add(new Note($"peak memory, liaison impact analyze --design {design}", mb, "MB", "< 1024 MB"));

        if (context.Postgres is not null)
        {
            var (pgFigures, pgNotes) = await OnPostgres(context, folder, windows, ct);
            figures.AddRange(pgFigures);
            notes.AddRange(pgNotes);
        }
        return (figures, notes);
    }

    private static string Panel(BenchContext context, PanelSpec spec, string name)
    {
        var folder = Path.Combine(context.WorkDir, name);
        var marker = Path.Combine(folder, "rows.txt");
        if (File.Exists(marker)) return folder;
        context.Log($"generating {spec.Subjects:N0} subjects × {spec.Pre + spec.Post} months in {folder} ...");
        var sw = Stopwatch.StartNew();
        var rows = PanelFiles.Write(spec, new Random(2024), folder);
        File.WriteAllText(marker, rows.ToString(CultureInfo.InvariantCulture));
        context.Log($"  {rows:N0} rows in {sw.Elapsed.TotalSeconds:F0} s");
        return folder;
    }

    private static async Task<double> Time<T>(Func<Task<T>> work) => (await Measure(_ => work())).Wall;

    /// <summary>Wall and process CPU seconds of one run, and of each phase the engine reports.</summary>
    private static async Task<Run> Measure<T>(Func<IProgress<string>, Task<T>> work)
    {
        var phases = new PhaseClock();
        await work(phases);
        return phases.Finish();
    }

    private sealed record Phase(string What, double Wall, double Cpu);

    private sealed record Run(double Wall, double Cpu, IReadOnlyList<Phase> Phases)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Wall:F2} s ({Cpu:F2} s cpu)");
    }

    /// <summary>Time between the engine's progress reports ("  1.23 s   245 MB  what happened").</summary>
    private sealed class PhaseClock : IProgress<string>
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly TimeSpan _cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly List<Phase> _phases = [];
        private (double Wall, double Cpu) _last;

        public void Report(string value)
        {
            var now = (_wall.Elapsed.TotalSeconds, Cpu());
            var what = System.Text.RegularExpressions.Regex.Replace(value, @"^\s*[0-9.]+ s\s+([0-9]+ MB\s+)?", "");
            _phases.Add(new Phase(what, now.Item1 - _last.Wall, now.Item2 - _last.Cpu));
            _last = now;
        }

        public Run Finish()
        {
            Report("  0 s  (after the last step: results assembled)");
            return new Run(_wall.Elapsed.TotalSeconds, Cpu(), _phases);
        }

        private double Cpu() => (Process.GetCurrentProcess().TotalProcessorTime - _cpu0).TotalSeconds;
    }

    /// <summary>The four cells of the ratio of ratios, straight from the file: arm × window, nothing else.</summary>
    private static async Task<int> RawDuckDb(string outcomes, string exposures, AnalysisWindows w, CancellationToken ct)
    {
        await using var db = new DuckDBConnection("Data Source=:memory:");
        await db.OpenAsync(ct);
        await using var cmd = db.CreateCommand();
        cmd.CommandText = $$"""
            SELECT o.subject_id IN (SELECT subject_id FROM read_csv('{{exposures}}', header = true, auto_detect = false,
                    columns = {'subject_id': 'VARCHAR', 'exposed_on': 'DATE'})) AS treated,
                period >= '{{w.Start}}' AS post, sum(events), sum(exposure)
            FROM read_csv('{{outcomes}}', header = true, auto_detect = false,
                columns = {'subject_id': 'VARCHAR', 'period': 'VARCHAR', 'events': 'BIGINT', 'exposure': 'DOUBLE'}) o
            WHERE period BETWEEN '{{w.PreFrom}}' AND '{{w.PostTo}}'
            GROUP BY ALL
            """;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var n = 0;
        while (await r.ReadAsync(ct)) n++;
        return n;
    }

    /// <summary>The CLI as a user runs it, in its own process, measured by /usr/bin/time (maximum resident set).</summary>
    private static double? PeakMegabytes(BenchContext context, string design, string exposures, string outcomes, string covariates, AnalysisWindows w)
    {
        var cli = BenchCli.Dll;
        if (!File.Exists("/usr/bin/time") || !File.Exists(cli)) { context.Log("no /usr/bin/time or liaison.dll: peak memory not measured"); return null; }
        var psi = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
            ArgumentList = { "-f", "maxrss_kb=%M", "dotnet", cli, "impact", "analyze", "--exposures", exposures, "--outcomes", outcomes,
                "--covariates", covariates, "--start", w.Start, "--pre", w.Pre.ToString(CultureInfo.InvariantCulture),
                "--post", w.Post.ToString(CultureInfo.InvariantCulture), "--design", design, "--json" },
        };
        using var p = Process.Start(psi)!;
        _ = p.StandardOutput.ReadToEndAsync();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var line = err.Split('\n').LastOrDefault(l => l.StartsWith("maxrss_kb=", StringComparison.Ordinal));
        if (p.ExitCode != 0 || line is null) { context.Log($"CLI run failed: {err}"); return null; }
        var mb = double.Parse(line["maxrss_kb=".Length..], CultureInfo.InvariantCulture) / 1024;
        context.Log($"peak memory ({design}): {mb:F0} MB");
        return mb;
    }

    private static async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> OnPostgres(BenchContext context, string folder, AnalysisWindows w,
        CancellationToken ct)
    {
        await using var ws = await BenchWorkspace.CreateAsync(context, DatabaseProvider.Postgres, "impact");
        var sw = Stopwatch.StartNew();
        Guid datasetId;
        await using (var scope = ws.Services.CreateAsyncScope())
        {
            var imported = await scope.ServiceProvider.GetRequiredService<ImportOutcomes.Handler>().ImportCsvAsync(
                new ImportOutcomes.Command("bench", OutcomeKind.Prescribing, "csv"), Path.Combine(folder, "outcomes.csv"),
                Path.Combine(folder, "covariates.csv"), ct);
            datasetId = imported.Value!.DatasetId;
            await scope.ServiceProvider.GetRequiredService<SaveInitiative.Handler>().Create(new InitiativeFields
            {
                Slug = "bench", Name = "Bench", Goal = "Benchmark.", OutcomeDatasetId = datasetId, StartMonth = w.Start, PreMonths = w.Pre,
                PostMonths = w.Post, Design = "matched-did",
            }, ct);
            await scope.ServiceProvider.GetRequiredService<ImportTargets.Handler>().ImportCsvAsync("bench", Path.Combine(folder, "exposures.csv"), ct);
        }
        context.Log($"PostgreSQL: imported in {sw.Elapsed.TotalSeconds:F0} s");
        await using (var c = new NpgsqlConnection(ws.Database.ConnectionString))
        {
            await c.OpenAsync(ct);
            foreach (var table in new[] { "outcome_observations", "initiative_targets", "subject_covariates" })
            {
                await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", c) { CommandTimeout = 0 };
                await analyze.ExecuteNonQueryAsync(ct);
            }
        }
        async Task<Run> Analyze(string design) => await Measure(async p =>
        {
            await using var scope = ws.Services.CreateAsyncScope();
            var r = await scope.ServiceProvider.GetRequiredService<AnalyzeInitiative.Handler>()
                .HandleBySlug("bench", new AnalysisOverrides(Design: design), ct, p);
            return r.IsSuccess ? r.Value! : throw new InvalidOperationException(r.Error!.Message);
        });
        var raw = await Time(() => RawPostgres(ws.Database.ConnectionString, datasetId, w, ct));
        var did = await Analyze("did");
        var raw2 = await Time(() => RawPostgres(ws.Database.ConnectionString, datasetId, w, ct));
        var matched = await Analyze("matched-did");
        var anchor = Math.Min(raw, raw2);
        context.Log($"PostgreSQL: raw {raw:F2}/{raw2:F2} s, did {did}, matched-did {matched} (wall, this process's cpu)");
        var notes = context.Verbose
            ? new[] { ("did", did), ("matched-did", matched) }.SelectMany(x => x.Item2.Phases.Select(p =>
                new Note($"PostgreSQL {x.Item1}: {p.What}", p.Wall, $"s (cpu here {p.Cpu:F2} s)"))).ToList()
            : [];
        return (
        [
            new Figure("impact analyze did (PostgreSQL workspace)", did.Wall, "s", "raw SQL GROUP BY of the windows", anchor, false, "≤ 1.3×"),
            new Figure("impact analyze matched-did (PostgreSQL workspace)", matched.Wall, "s", "raw SQL GROUP BY of the windows", anchor, false, "≤ 3×"),
        ], notes);
    }

    private static async Task<int> RawPostgres(string connectionString, Guid datasetId, AnalysisWindows w, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"""
            SELECT t.subject_id IS NOT NULL AS treated, o.month >= {w.StartMonth} AS post, sum(o.events), sum(o.exposure)
            FROM outcome_observations o
            LEFT JOIN initiative_targets t ON t.subject_id = o.subject_id
            WHERE o.dataset_id = '{datasetId}' AND o.month BETWEEN {w.FirstMonth} AND {w.LastMonth}
            GROUP BY 1, 2
            """, c) { CommandTimeout = 0 };
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var n = 0;
        while (await r.ReadAsync(ct)) n++;
        return n;
    }
}
