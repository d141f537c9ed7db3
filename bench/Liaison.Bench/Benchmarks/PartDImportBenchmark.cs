using System.Diagnostics;
using Liaison.Bench.Harness;
using Liaison.Bench.PartD;
using Liaison.Core.Data;
using Liaison.Core.Directory.Prescribing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liaison.Bench.Benchmarks;

/// <summary>
/// `liaison import partd` (parse, validate every rule, upsert per NPI × drug × year, link to HCPs) on a generated file
/// in the CMS layout (500,000 rows; --quick: 3,000), beside the raw engine loading the same file into an unindexed
/// table (one prepared INSERT per row in one transaction on SQLite, COPY on PostgreSQL); then the re-import, which
/// must change nothing.
/// </summary>
internal sealed class PartDImportBenchmark : IBenchmark
{
    public string Name => "partd-import";
    public string Description => "Part D import rows/s beside the raw bulk load, and the idempotent re-import";

    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, CancellationToken ct)
    {
        var n = context.Quick ? 3_000 : 500_000;
        var file = PartDFileGenerator.Write(context.WorkDir, n);
        context.Log($"generated {n:N0} rows ({new FileInfo(file).Length / 1e6:N0} MB)");
        var figures = new List<Figure>();
        var notes = new List<Note>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            if (provider == DatabaseProvider.Postgres && context.Postgres is null) continue;
            await using var ws = await BenchWorkspace.CreateAsync(context, provider, "partd-import");
            var import = await TimeAsync(ws, file, ct);
            if (import.Report.Imported != n) throw new InvalidOperationException($"imported {import.Report.Imported} of {n}");
            var reimport = await TimeAsync(ws, file, ct);
            if (reimport.Report.Unchanged != n) throw new InvalidOperationException("the re-import changed rows");
            var raw = provider == DatabaseProvider.Sqlite
                ? await RawTables.SqliteInsertAsync(ws.Database, "raw_partd", PartDReader.Columns.Count, File.ReadLines(file).Skip(1).Select(l => l.Split(',')), ct)
                : await CopyRawAsync(ws.Database, file, ct);
            context.Log($"{provider}: import {import.Elapsed.TotalSeconds:F1} s, re-import {reimport.Elapsed.TotalSeconds:F1} s, raw {raw.TotalSeconds:F1} s");
            figures.Add(new Figure($"Part D import rows/s ({provider})", n / import.Elapsed.TotalSeconds, "rows/s",
                provider == DatabaseProvider.Sqlite ? "prepared INSERT of the same rows into an unindexed table" : "COPY of the same file into an unindexed table",
                n / raw.TotalSeconds, HigherIsBetter: true));
            notes.Add(new Note($"Part D re-import, nothing changed ({provider})", n / reimport.Elapsed.TotalSeconds, "rows/s"));
        }
        return (figures, notes);
    }

    private static async Task<(TimeSpan Elapsed, Core.Directory.Evidence.EvidenceImportReport Report)> TimeAsync(BenchWorkspace ws, string file, CancellationToken ct)
    {
        await using var scope = ws.Services.CreateAsyncScope();
        var sw = Stopwatch.StartNew();
        var report = await scope.ServiceProvider.GetRequiredService<ImportPartD.Handler>().Handle(file, null, null, ct);
        return (sw.Elapsed, report);
    }

    private static async Task<TimeSpan> CopyRawAsync(WorkspaceDatabase database, string file, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(database.ConnectionString);
        await c.OpenAsync(ct);
        await using (var create = new NpgsqlCommand(
            $"DROP TABLE IF EXISTS raw_partd; CREATE TABLE raw_partd ({string.Join(", ", Enumerable.Range(1, PartDReader.Columns.Count).Select(i => $"c{i} text"))})", c))
            await create.ExecuteNonQueryAsync(ct);
        var sw = Stopwatch.StartNew();
        await using (var writer = await c.BeginTextImportAsync("COPY raw_partd FROM STDIN (FORMAT csv, HEADER true)", ct))
        {
            using var reader = new StreamReader(file);
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer, ct)) > 0) await writer.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return sw.Elapsed;
    }
}
