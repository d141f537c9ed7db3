using Liaison.Bench.Harness;
using Liaison.Bench.OpenPayments;
using Liaison.Core.Data;
using Liaison.Core.Engagement.OpenPayments;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Bench.Benchmarks;

/// <summary>
/// `liaison import openpayments` (parse, validate every rule, add or correct per Record_ID, link to HCPs, audit) on a
/// generated general-payments file in CMS's layout (300,000 rows; --quick: 3,000), beside the raw engine storing the
/// same rows' kept fields in an unindexed table (one prepared INSERT per row in one transaction on SQLite, COPY on
/// PostgreSQL); then the re-import, which must change nothing, and the import of a new publication of the same records
/// (CMS republishes each program year every year), which changes nothing but where each record was read from.
/// </summary>
internal sealed class OpenPaymentsImportBenchmark : IBenchmark
{
    public string Name => "openpayments-import";
    public string Description => "Open Payments import rows/s beside the raw bulk load, and the idempotent re-import";

    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, CancellationToken ct)
    {
        var n = context.Quick ? 3_000 : 300_000;
        var file = OpenPaymentsFileGenerator.Write(context.WorkDir, n);
        var republished = OpenPaymentsFileGenerator.Write(context.WorkDir, n, published: "P01302026");
        var columns = OpenPaymentsFileGenerator.Stored.Length;
        var runs = new FileImportRuns("Open Payments", file, n, "prepared INSERT of the same rows' kept fields into an unindexed table",
            "COPY of the same rows' kept fields into an unindexed table");
        async Task Import(BenchWorkspace ws, string path, bool first, CancellationToken token)
        {
            await using var scope = ws.Services.CreateAsyncScope();
            var (report, problem) = await scope.ServiceProvider.GetRequiredService<ImportOpenPayments.Handler>().Handle(path, null, token);
            if (report is null) throw new InvalidOperationException(problem);
            if ((first ? report.Imported : report.AlreadyImported) != n)
                throw new InvalidOperationException($"{(first ? "imported" : "found already there")} {report.Imported} of {n}");
        }
        return await runs.RunAsync(context, "openpayments-import", (ws, first, token) => Import(ws, file, first, token), (ws, provider, token) => provider == DatabaseProvider.Sqlite
            ? RawTables.SqliteInsertAsync(ws.Database, "raw_openpayments", columns, OpenPaymentsFileGenerator.StoredValues(n), token)
            : FileImportRuns.PostgresCopyAsync(ws.Database, "raw_openpayments", columns, "FORMAT csv", async writer =>
            {
                foreach (var row in OpenPaymentsFileGenerator.StoredValues(n)) await writer.WriteLineAsync(string.Join(',', row.Select(v => $"\"{v}\"")));
            }, token), ct, republication: (ws, token) => Import(ws, republished, first: false, token));
    }
}
