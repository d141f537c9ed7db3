using Liaison.Bench.Harness;
using Liaison.Bench.PartD;
using Liaison.Core.Data;
using Liaison.Core.Directory.Prescribing;
using Microsoft.Extensions.DependencyInjection;

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
        var runs = new FileImportRuns("Part D", file, n, "prepared INSERT of the same rows into an unindexed table", "COPY of the same file into an unindexed table");
        return await runs.RunAsync(context, "partd-import", async (ws, first, token) =>
        {
            await using var scope = ws.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<ImportPartD.Handler>().Handle(file, null, null, token);
            if (first && report.Imported != n) throw new InvalidOperationException($"imported {report.Imported} of {n}");
            if (!first && report.Unchanged != n) throw new InvalidOperationException("the re-import changed rows");
        }, (ws, provider, token) => provider == DatabaseProvider.Sqlite
            ? RawTables.SqliteInsertAsync(ws.Database, "raw_partd", PartDReader.Columns.Count, File.ReadLines(file).Skip(1).Select(l => l.Split(',')), token)
            : FileImportRuns.PostgresCopyAsync(ws.Database, "raw_partd", PartDReader.Columns.Count, "FORMAT csv, HEADER true", async writer =>
            {
                using var reader = new StreamReader(file);
                var buffer = new char[1 << 16];
                int read;
                while ((read = await reader.ReadAsync(buffer, token)) > 0) await writer.WriteAsync(buffer.AsMemory(0, read), token);
            }, token), ct);
    }
}
