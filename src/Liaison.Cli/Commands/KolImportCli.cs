using Liaison.Core.Directory.Evidence;
using Spectre.Console;

namespace Liaison.Cli.Commands;

/// <summary>
/// Runs the KOL evidence and prescribing imports for the CLI: progress on stderr, the report on stdout. Rejected
/// records do not fail the command; a file that cannot be read (malformed, wrong format) exits 1 naming the line.
/// </summary>
internal static class KolImportCli
{
    public static async Task<int> RunAsync(string path, bool json, Func<IServiceProvider, IProgress<long>, CancellationToken, Task<EvidenceImportReport>> import,
        CancellationToken ct)
    {
        var problem = Core.Common.TextInput.Problem(path);
        if (problem is not null)
            return Output.FailFile($"{path}: {problem}.", json, new
            {
                imported = 0, updated = 0, unchanged = 0, rejected = 0, deleted = 0, errors = new[] { Output.FileError(problem) },
                links = new { highConfidence = 0, forReview = 0 },
            });
        await using var host = await CliHost.OpenAsync(ct);
        EvidenceImportReport report = null!;
        await Output.Err.Status().StartAsync($"importing {Markup.Escape(Path.GetFileName(path))}", async ctx =>
        {
            var progress = new Progress<long>(n => ctx.Status($"importing {Markup.Escape(Path.GetFileName(path))}: {n:N0} records"));
            report = await host.RunAsync(sp => import(sp, progress, ct));
        });
        if (json)
            Output.WriteJson(new
            {
                imported = report.Imported, updated = report.Updated, unchanged = report.Unchanged, rejected = report.Rejected,
                deleted = report.Deleted,
                errors = report.Errors.Concat(report.Fatal is { } f ? [f] : []).Select(e => new { line = e.Line, column = e.Column, reason = e.Reason }),
                links = new { highConfidence = report.Links.HighConfidence, forReview = report.Links.ForReview },
            });
        else
        {
            Console.WriteLine($"{Path.GetFileName(path)}: {report.Imported} imported, {report.Updated} updated, {report.Unchanged} unchanged, "
                + $"{report.Rejected} rejected{(report.Deleted > 0 ? $", {report.Deleted} deleted" : "")}; links to HCPs: "
                + $"{report.Links.HighConfidence} high-confidence, {report.Links.ForReview} for review");
            foreach (var e in report.Errors) Console.Error.WriteLine($"  line {e.Line}, {e.Column}: {e.Reason}");
            if (report.Rejected > report.Errors.Count) Console.Error.WriteLine($"  ... and {report.Rejected - report.Errors.Count} more rejected records");
        }
        if (report.Fatal is { } fatal) return Output.Fail($"{path}: line {fatal.Line}, {fatal.Column}: {fatal.Reason}");
        return 0;
    }
}
