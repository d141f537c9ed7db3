using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Liaison.Cli.Commands;

/// <summary>Runs directory imports for the CLI: a progress bar with rows/s and ETA on stderr, the report on stdout.</summary>
internal static class DirectoryImportCli
{
    public static Task<int> RunAsync(IImportSource source, bool json, CancellationToken ct) => RunManyAsync([source], json, ct);

    public static async Task<int> RunManyAsync(IReadOnlyList<IImportSource> sources, bool json, CancellationToken ct)
    {
        if (sources.Count == 0)
            return Output.FailFile("nothing to import: no matching files.", json,
                new { imported = 0, updated = 0, unchanged = 0, rejected = 0, errors = new[] { Output.FileError("nothing to import: no matching files") } });
        await using var host = await CliHost.OpenAsync(ct);
        var reports = new List<ImportReport>();
        foreach (var source in sources)
        {
            var result = await host.RunAsync(sp => WithProgress(sp.GetRequiredService<DirectoryImportRunner>(), source, ct));
            if (!result.IsSuccess)
                return Output.FailFile(result.Error!.Message, json,
                    new { imported = 0, updated = 0, unchanged = 0, rejected = 0, errors = new[] { Output.FileError(result.Error!.Message) } });
            reports.Add(result.Value!);
        }
        // A folder's files each count their own lines: each error names its file.
        var errors = reports.SelectMany(r => r.Errors.Select(e => sources.Count > 1 ? e with { Reason = $"{r.File}: {e.Reason}" } : e))
            .Take(ImportReport.MaxErrors).ToList();
        var total = new
        {
            imported = reports.Sum(r => r.Imported), updated = reports.Sum(r => r.Updated), unchanged = reports.Sum(r => r.Unchanged),
            rejected = reports.Sum(r => r.Rejected),
            errors = errors.Select(e => new { line = e.Line, column = e.Column, reason = e.Reason }),
            practiceLocations = PracticeLocations(reports),
        };
        if (json) Output.WriteJson(total);
        else
        {
            foreach (var r in reports.Where(r => !r.LocationsOnly))
                Console.WriteLine($"{r.File}: {r.Imported} imported, {r.Updated} updated, {r.Unchanged} unchanged, {r.Rejected} rejected"
                    + $"{(r.Deactivated + r.Reactivated > 0 ? $" ({r.Deactivated} deactivations, {r.Reactivated} reactivations recorded)" : "")}"
                    + $"{(r.Resumed ? " — resumed an interrupted run" : "")}");
            foreach (var e in errors) Console.Error.WriteLine($"  line {e.Line}, {e.Column}: {e.Reason}");
            if (total.rejected > errors.Count) Console.Error.WriteLine($"  ... and {total.rejected - errors.Count} more rejected rows");
            foreach (var r in reports) WritePracticeLocations(r);
        }
        return 0;
    }

    /// <summary>
    /// The practice location part of the runs (NPPES's pl_pfile, in CMS's ZIP or alone) for <c>--json</c>: its counts of
    /// providers, rows rejected and their errors (lines of the pl_pfile); null when no run read one.
    /// </summary>
    private static object? PracticeLocations(IReadOnlyList<ImportReport> reports)
    {
        var parts = reports.Where(r => r.PracticeLocations is not null).Select(r => r.PracticeLocations!).ToList();
        if (parts.Count == 0) return null;
        return new
        {
            imported = parts.Sum(p => p.Imported), updated = parts.Sum(p => p.Updated), unchanged = parts.Sum(p => p.Unchanged),
            rejected = parts.Sum(p => p.Rejected),
            errors = parts.SelectMany(p => p.Errors).Take(ImportReport.MaxErrors).Select(e => new { line = e.Line, column = e.Column, reason = e.Reason }),
        };
    }

    private static void WritePracticeLocations(ImportReport r)
    {
        if (r.PracticeLocations is not { } p) return;
        Console.WriteLine($"{r.File}: secondary practice locations (pl_pfile), by provider: {p.Imported} given them for the first time, "
            + $"{p.Updated} updated, {p.Unchanged} unchanged; {p.Rejected} rows rejected{(p.Resumed ? " — resumed an interrupted run" : "")}");
        foreach (var e in p.Errors) Console.Error.WriteLine($"  pl_pfile line {e.Line}, {e.Column}: {e.Reason}");
        if (p.Rejected > p.Errors.Count) Console.Error.WriteLine($"  ... and {p.Rejected - p.Errors.Count} more rejected rows");
    }

    private static async Task<Core.Common.Result<ImportReport>> WithProgress(DirectoryImportRunner runner, IImportSource source, CancellationToken ct)
    {
        Core.Common.Result<ImportReport> result = default;
        await Output.Err.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                // A folder named with its trailing separator has no file name: the bar shows the path as given.
                var name = Markup.Escape(Path.GetFileName(Path.TrimEndingDirectorySeparator(source.Path)) is { Length: > 0 } file ? file : source.Path);
                var task = ctx.AddTask(name, maxValue: 1);
                var progress = new Progress<ImportProgress>(p =>
                {
                    task.Value = p.Fraction;
                    task.Description = $"{name}: {p.Rows:N0} rows, {p.RowsPerSecond:N0} rows/s"
                        + (p.Remaining is { } left ? $", ETA {left:hh\\:mm\\:ss}" : "");
                });
                result = await runner.RunAsync(source, progress, ct);
                task.Value = 1;
            });
        return result;
    }
}
