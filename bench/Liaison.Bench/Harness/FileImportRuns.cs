using System.Diagnostics;
using Liaison.Core.Data;
using Npgsql;

namespace Liaison.Bench.Harness;

/// <summary>
/// The measure of importing a generated <paramref name="File"/> of <paramref name="N"/> rows on each engine: in a fresh
/// workspace, the import timed, then its re-import (which must change nothing), then the anchor, the raw engine storing
/// the same rows, in the same run.
/// </summary>
internal sealed record FileImportRuns(string Name, string File, int N, string SqliteAnchor, string PostgresAnchor)
{
    /// <summary>An import of the file in a workspace: checks its report and says whether it was a first import.</summary>
    public delegate Task ImportOnce(BenchWorkspace ws, bool first, CancellationToken ct);

    /// <summary>The anchor: the raw engine storing the same rows in an unindexed table, timed.</summary>
    public delegate Task<TimeSpan> Anchor(BenchWorkspace ws, DatabaseProvider provider, CancellationToken ct);

    /// <param name="republication">
    /// Where the source publishes the same rows again (Open Payments, every year): an import of that other file, timed
    /// after the re-import.
    /// </param>
    public async Task<(IReadOnlyList<Figure>, IReadOnlyList<Note>)> RunAsync(BenchContext context, string workspace, ImportOnce import,
        Anchor raw, CancellationToken ct, Func<BenchWorkspace, CancellationToken, Task>? republication = null)
    {
        context.Log($"generated {N:N0} rows ({new FileInfo(File).Length / 1e6:N0} MB)");
        var figures = new List<Figure>();
        var notes = new List<Note>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            if (provider == DatabaseProvider.Postgres && context.Postgres is null) continue;
            await using var ws = await BenchWorkspace.CreateAsync(context, provider, workspace);
            var first = await TimeAsync(() => import(ws, true, ct));
            var again = await TimeAsync(() => import(ws, false, ct));
            if (republication is not null)
            {
                var republished = await TimeAsync(() => republication(ws, ct));
                context.Log($"{provider}: import of a new publication of the same rows {republished.TotalSeconds:F1} s");
                notes.Add(new Note($"{Name} import of a new publication of the same rows ({provider})", N / republished.TotalSeconds, "rows/s"));
            }
            var anchor = await raw(ws, provider, ct);
            context.Log($"{provider}: import {first.TotalSeconds:F1} s, re-import {again.TotalSeconds:F1} s, raw {anchor.TotalSeconds:F1} s");
            figures.Add(new Figure($"{Name} import rows/s ({provider})", N / first.TotalSeconds, "rows/s",
                provider == DatabaseProvider.Sqlite ? SqliteAnchor : PostgresAnchor, N / anchor.TotalSeconds, HigherIsBetter: true));
            notes.Add(new Note($"{Name} re-import, nothing changed ({provider})", N / again.TotalSeconds, "rows/s"));
        }
        return (figures, notes);
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> run)
    {
        var sw = Stopwatch.StartNew();
        await run();
        return sw.Elapsed;
    }

    /// <summary>(Re)creates <paramref name="table"/> of <paramref name="columns"/> text columns and times a text COPY into it.</summary>
    public static async Task<TimeSpan> PostgresCopyAsync(WorkspaceDatabase database, string table, int columns, string options,
        Func<TextWriter, Task> write, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(database.ConnectionString);
        await c.OpenAsync(ct);
        await using (var create = new NpgsqlCommand(
            $"DROP TABLE IF EXISTS {table}; CREATE TABLE {table} ({string.Join(", ", Enumerable.Range(1, columns).Select(i => $"c{i} text"))})", c))
            await create.ExecuteNonQueryAsync(ct);
        var sw = Stopwatch.StartNew();
        await using (var writer = await c.BeginTextImportAsync($"COPY {table} FROM STDIN ({options})", ct))
            await write(writer);
        return sw.Elapsed;
    }
}
