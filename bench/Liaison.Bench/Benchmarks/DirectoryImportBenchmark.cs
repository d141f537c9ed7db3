using System.Diagnostics;
using Liaison.Bench.Nppes;
using Liaison.Bench.Harness;
using Liaison.Core.Data;
using Npgsql;

namespace Liaison.Bench.Benchmarks;

/// <summary>
/// `liaison import nppes` on a generated file in the real NPPES layout (1,000,000 rows; --quick: 3,000), beside the raw
/// engine loading the same file into an unindexed 330-column table (sqlite3 .import, PostgreSQL COPY). The CLI runs as
/// a child process, so its peak memory is measured on two file sizes to show it stays flat.
/// </summary>
internal sealed class DirectoryImportBenchmark : IBenchmark
{
    public string Name => "directory-import";
    public string Description => "NPPES import rows/s into SQLite and PostgreSQL beside the raw bulk load; peak memory on two sizes";

    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, CancellationToken ct)
    {
        var n = context.Quick ? 3_000 : 1_000_000;
        var sample = Path.Combine(Directory.GetCurrentDirectory(), "..", "shared", "data", "nppes", "npidata_pfile_sample.csv");
        var big = NppesFileGenerator.Write(sample, Path.Combine(context.WorkDir, $"npidata-{n}.csv"), n);
        var small = NppesFileGenerator.Write(sample, Path.Combine(context.WorkDir, $"npidata-{n / 4}.csv"), n / 4);
        context.Log($"generated {n:N0} and {n / 4:N0} rows ({new FileInfo(big).Length / 1e6:N0} MB)");
        var cli = BenchCli.Dll;
        // `liaison import nppes FILE --json` in a process of its own, timed and its peak memory read.
        (TimeSpan Elapsed, long PeakBytes, string Stdout) Import(string file, DatabaseProvider provider, string connectionString) =>
            ChildProcess.Run("dotnet", $"\"{cli}\" import nppes \"{file}\" --json", new Dictionary<string, string>
                { ["Database__Provider"] = provider.ToString(), ["ConnectionStrings__Liaison"] = connectionString });
        var figures = new List<Figure>();
        var notes = new List<Note>();

        foreach (var (file, rows) in new[] { (small, n / 4), (big, n) })
        {
            var db = Fresh(Path.Combine(context.WorkDir, $"directory-import-{rows}.db"));
            var run = Import(file, DatabaseProvider.Sqlite, $"Data Source={db}");
            notes.Add(new Note($"peak memory, {rows:N0}-row import (SQLite)", run.PeakBytes / 1e6, "MB", "flat as the file grows"));
            if (rows != n)
            {
                // The same file again (a monthly full file over an unchanged directory): every row read, compared, left alone.
                var again = Import(file, DatabaseProvider.Sqlite, $"Data Source={db}");
                context.Log($"SQLite: first import of {rows:N0} rows {run.Elapsed.TotalSeconds:F1} s, unchanged re-import {again.Elapsed.TotalSeconds:F1} s");
                notes.Add(new Note($"unchanged re-import, {rows:N0} rows (SQLite)", rows / again.Elapsed.TotalSeconds, "rows/s",
                    $"first import of the file {rows / run.Elapsed.TotalSeconds:N0} rows/s"));
                continue;
            }
            var raw = Fresh(Path.Combine(context.WorkDir, "directory-import-raw.db"));
            var load = ChildProcess.Run("sqlite3", $"-cmd \"PRAGMA journal_mode=WAL\" -cmd \"PRAGMA synchronous=NORMAL\" \"{raw}\" \".mode csv\" \".import '{file}' raw\"");
            context.Log($"SQLite: import {run.Elapsed.TotalSeconds:F1} s, sqlite3 .import {load.Elapsed.TotalSeconds:F1} s");
            figures.Add(new Figure("NPPES import rows/s (SQLite)", rows / run.Elapsed.TotalSeconds, "rows/s",
                "sqlite3 .import of the same file into an unindexed table", rows / load.Elapsed.TotalSeconds, HigherIsBetter: true,
                Goal: "≥ 100,000 rows/s and ratio ≤ 1.5"));
        }

        if (context.Postgres is not null)
        {
            await using var ws = await BenchWorkspace.CreateAsync(context, DatabaseProvider.Postgres, "directory-import");
            var run = Import(big, DatabaseProvider.Postgres, ws.Database.ConnectionString);
            var copy = await CopyRawAsync(ws.Database.ConnectionString, big, ct);
            context.Log($"PostgreSQL: import {run.Elapsed.TotalSeconds:F1} s, COPY {copy.TotalSeconds:F1} s");
            figures.Add(new Figure("NPPES import rows/s (PostgreSQL)", n / run.Elapsed.TotalSeconds, "rows/s",
                "COPY of the same file into an unindexed table", n / copy.TotalSeconds, HigherIsBetter: true, Goal: "ratio ≤ 1.5"));
            notes.Add(new Note($"peak memory, {n:N0}-row import (PostgreSQL)", run.PeakBytes / 1e6, "MB", "flat as the file grows"));
            // The smaller file into a directory of its own, for the memory beside the larger one.
            await using var smallWs = await BenchWorkspace.CreateAsync(context, DatabaseProvider.Postgres, "directory-import-small");
            var smallRun = Import(small, DatabaseProvider.Postgres, smallWs.Database.ConnectionString);
            notes.Add(new Note($"peak memory, {n / 4:N0}-row import (PostgreSQL)", smallRun.PeakBytes / 1e6, "MB", "flat as the file grows"));
        }
        return (figures, notes);
    }

    private static string Fresh(string db)
    {
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        return db;
    }

    private static async Task<TimeSpan> CopyRawAsync(string connectionString, string file, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync(ct);
        var columns = File.ReadLines(file).First().Split("\",\"").Length;
        await using (var create = new NpgsqlCommand(
            $"DROP TABLE IF EXISTS raw_nppes; CREATE TABLE raw_nppes ({string.Join(", ", Enumerable.Range(1, columns).Select(i => $"c{i} text"))})", c))
            await create.ExecuteNonQueryAsync(ct);
        var sw = Stopwatch.StartNew();
        await using (var writer = await c.BeginTextImportAsync("COPY raw_nppes FROM STDIN (FORMAT csv, HEADER true)", ct))
        {
            using var reader = new StreamReader(file);
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer, ct)) > 0) await writer.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return sw.Elapsed;
    }
}
