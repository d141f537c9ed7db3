using System.Diagnostics;
using System.Text.Json;
using Liaison.Bench.Fhir;
using Liaison.Bench.Harness;
using Liaison.Bench.Nppes;
using Liaison.Core.Data;
using Npgsql;
using NpgsqlTypes;

namespace Liaison.Bench.Benchmarks;

/// <summary>
/// `liaison import fhir` of a generated provider directory (30,000 practitioners, 3,000 organisations, 30,000
/// PractitionerRoles; --quick: 300, 30, 300): the providers first, then the roles on their own, timed, beside the raw
/// engine storing the same role lines in an unindexed table (one prepared INSERT per line in one transaction on SQLite,
/// binary COPY on PostgreSQL); then the roles again, which must change nothing. The CLI runs as a child process.
/// </summary>
internal sealed class FhirImportBenchmark : IBenchmark
{
    public string Name => "fhir-import";
    public string Description => "FHIR PractitionerRole (affiliation) import roles/s beside the raw load of the same lines, and the unchanged re-import";

    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, CancellationToken ct)
    {
        var n = context.Quick ? 300 : 30_000;
        var files = FhirDirectoryGenerator.Write(context.WorkDir, n, n / 10);
        context.Log($"generated {n:N0} practitioners, {n / 10:N0} organisations, {files.Roles:N0} roles ({new FileInfo(files.RolesFile).Length / 1e6:N1} MB of roles)");
        var cli = BenchCli.Dll;
        var figures = new List<Figure>();
        var notes = new List<Note>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            if (provider == DatabaseProvider.Postgres && context.Postgres is null) continue;
            await using var ws = await BenchWorkspace.CreateAsync(context, provider, "fhir-import");
            var env = new Dictionary<string, string> { ["Database__Provider"] = provider.ToString(), ["ConnectionStrings__Liaison"] = ws.Database.ConnectionString };
            (TimeSpan Elapsed, JsonElement Report) Import(string path)
            {
                var run = ChildProcess.Run("dotnet", $"\"{cli}\" import fhir \"{path}\" --json", env);
                return (run.Elapsed, JsonDocument.Parse(run.Stdout).RootElement);
            }
            var providers = Import(files.Providers);
            var roles = Import(files.RolesFile);
            Expect(roles.Report, imported: files.Roles - files.Rejected, unchanged: 0, files.Rejected);
            var again = Import(files.RolesFile);
            Expect(again.Report, imported: 0, unchanged: files.Roles - files.Rejected, files.Rejected);
            var raw = provider == DatabaseProvider.Sqlite
                ? await RawTables.SqliteInsertAsync(ws.Database, "raw_roles", 1, File.ReadLines(files.RolesFile).Select(l => new[] { l }), ct)
                : await CopyRawAsync(ws.Database, files.RolesFile, ct);
            context.Log($"{provider}: providers {providers.Elapsed.TotalSeconds:F1} s, roles {roles.Elapsed.TotalSeconds:F1} s, "
                + $"unchanged roles {again.Elapsed.TotalSeconds:F1} s, raw load of the roles {raw.TotalSeconds:F2} s");
            figures.Add(new Figure($"FHIR PractitionerRole import roles/s ({provider})", files.Roles / roles.Elapsed.TotalSeconds, "roles/s",
                provider == DatabaseProvider.Sqlite ? "prepared INSERT of the same lines into an unindexed table" : "binary COPY of the same lines into an unindexed table",
                files.Roles / raw.TotalSeconds, HigherIsBetter: true));
            notes.Add(new Note($"FHIR roles re-import, nothing changed ({provider})", files.Roles / again.Elapsed.TotalSeconds, "roles/s"));
            notes.Add(new Note($"FHIR practitioners and organisations import ({provider})", providers.Elapsed.TotalSeconds, "s"));
        }
        return (figures, notes);
    }

    private static void Expect(JsonElement report, long imported, long unchanged, long rejected)
    {
        var got = (report.GetProperty("imported").GetInt64(), report.GetProperty("updated").GetInt64(), report.GetProperty("unchanged").GetInt64(),
            report.GetProperty("rejected").GetInt64());
        if (got != (imported, 0, unchanged, rejected))
            throw new InvalidOperationException($"roles import reported {got}, expected {(imported, 0, unchanged, rejected)}");
    }

    private static async Task<TimeSpan> CopyRawAsync(WorkspaceDatabase database, string file, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(database.ConnectionString);
        await c.OpenAsync(ct);
        await using (var create = new NpgsqlCommand("DROP TABLE IF EXISTS raw_roles; CREATE TABLE raw_roles (resource text)", c))
            await create.ExecuteNonQueryAsync(ct);
        var sw = Stopwatch.StartNew();
        await using (var copy = await c.BeginBinaryImportAsync("COPY raw_roles FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var line in File.ReadLines(file))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(line, NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        return sw.Elapsed;
    }
}
