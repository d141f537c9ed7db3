using System.CommandLine;
using Liaison.Core.Engagement.OpenPayments;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Liaison.Cli.Commands;

/// <summary><c>liaison import openpayments FILE</c>: what other companies paid HCPs, from CMS's public files.</summary>
internal static class ImportOpenPaymentsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "A CMS Open Payments public CSV (general or research payments, or the removed and deleted records file), gzip-compressed or not, or the program year's ZIP as CMS publishes it (its removed records applied, then its general and research files imported in turn).",
        };
        var json = CommonOptions.Json();
        var command = new Command("openpayments",
            "Import an Open Payments public file (general or research, any program year's layout) or a program year's ZIP to show what other companies paid HCPs. Re-runnable: records already imported are skipped, or updated when a later publication corrected them; the removed and deleted records file deletes the records CMS has withdrawn.")
            { file, json };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            var asJson = parse.GetValue(json);
            await using var host = await CliHost.OpenAsync(ct);
            return ImportProgramYear.Holds(path) ? await ImportArchive(host, path, asJson, ct)
                : ImportRemovedRecords.Holds(path) ? await ImportRemovals(host, path, asJson, ct)
                : await ImportFile(host, path, asJson, ct);
        });
        return command;
    }

    private static async Task<int> ImportFile(CliHost host, string path, bool json, CancellationToken ct)
    {
        var progress = new Progress<int>(rows => Output.Err.MarkupLine($"[grey]{rows:N0} rows read[/]"));
        var (report, problem) = await host.RunAsync(sp => sp.GetRequiredService<ImportOpenPayments.Handler>().Handle(path, progress, ct));
        if (report is null) return Refused(path, problem!, json);
        foreach (var e in report.Errors) Console.Error.WriteLine($"{path}: line {e.Line}: column {e.Column}: {e.Reason}");
        if (json) Output.WriteJson(report);
        else Console.WriteLine(Sentence(report));
        return ExitCode(report.Rejected, report.Imported + report.Updated + report.AlreadyImported);
    }

    /// <summary>The removed and deleted records file: the records it names are deleted.</summary>
    private static async Task<int> ImportRemovals(CliHost host, string path, bool json, CancellationToken ct)
    {
        var progress = new Progress<int>(rows => Output.Err.MarkupLine($"[grey]{rows:N0} rows read[/]"));
        var (report, problem) = await host.RunAsync(sp => sp.GetRequiredService<ImportRemovedRecords.Handler>().Handle(path, null, progress, ct));
        if (report is null) return Refused(path, problem!, json);
        foreach (var e in report.Errors) Console.Error.WriteLine($"{path}: line {e.Line}: column {e.Column}: {e.Reason}");
        if (json) Output.WriteJson(report);
        else Console.WriteLine(Sentence(report));
        return ExitCode(report.Rejected, report.Removed + report.NotHeld);
    }

    /// <summary>A program year's ZIP: each payments entry imported in turn, reported by itself, then the archive's totals.</summary>
    private static async Task<int> ImportArchive(CliHost host, string path, bool json, CancellationToken ct)
    {
        var progress = new Progress<ImportProgramYear.Reading>(r => Output.Err.MarkupLine($"[grey]{Markup.Escape(r.Entry)}: {r.Rows:N0} rows read[/]"));
        var (report, problem) = await host.RunAsync(sp => sp.GetRequiredService<ImportProgramYear.Handler>().Handle(path, progress, ct));
        if (report is null) return Refused(path, problem!, json);
        foreach (var e in report.Errors) Console.Error.WriteLine($"{path}: {e.Entry}: line {e.Line}: column {e.Column}: {e.Reason}");
        if (json) Output.WriteJson(report);
        else
        {
            foreach (var removals in report.Removals) Console.WriteLine(Sentence(removals));
            foreach (var entry in report.Entries) Console.WriteLine(Sentence(entry));
            foreach (var skipped in report.SkippedEntries) Console.WriteLine($"{skipped.Entry}: skipped, {skipped.Reason}.");
            Console.WriteLine($"{report.File}, in all: " + Counts(report.Rows, report.Imported, report.Updated, report.AlreadyImported, report.Skipped,
                report.Rejected, report.LinkedToDirectory) + (report.Removals.Count > 0 ? $" {report.Removed:N0} withdrawn records removed." : ""));
        }
        return ExitCode(report.Rejected, report.Imported + report.Updated + report.AlreadyImported);
    }

    private static string Sentence(ImportRemovedRecords.Report r) =>
        $"{r.File} (removed and deleted records): {r.Rows:N0} rows; {r.Removed:N0} withdrawn records removed, {r.NotHeld:N0} not held here "
        + $"(never imported, or removed already), {r.Skipped:N0} ownership and investment rows skipped, {r.Rejected:N0} refused.";

    private static string Sentence(ImportOpenPayments.Report r) => $"{r.File} ({r.Kind}): " + (r.Kind == ExternalPaymentKind.Research
        ? ResearchCounts(r) : Counts(r.Rows, r.Imported, r.Updated, r.AlreadyImported, r.Skipped, r.Rejected, r.LinkedToDirectory));

    /// <summary>
    /// A research file's counts: a research payment is stored once per physician it names (its recipient and up to five principal
    /// investigators, each seeing it on their profile), so it can count more payment records than rows; the sentence says so.
    /// </summary>
    private static string ResearchCounts(ImportOpenPayments.Report r) =>
        $"{r.Rows:N0} rows naming {r.Imported + r.Updated + r.AlreadyImported:N0} payment records (a research payment is listed once for each "
        + $"physician it names: its recipient and its principal investigators); {r.Imported:N0} imported, {r.Updated:N0} corrected, "
        + $"{r.AlreadyImported:N0} already there, {r.Skipped:N0} rows not to individuals, {r.Rejected:N0} refused; {r.LinkedToDirectory:N0} linked to directory HCPs.";

    private static string Counts(int rows, int imported, int updated, int already, int skipped, int rejected, int linked) =>
        $"{rows:N0} rows; {imported:N0} payments imported, {updated:N0} corrected, {already:N0} already there, {skipped:N0} not to individuals, "
        + $"{rejected:N0} refused; {linked:N0} linked to directory HCPs.";

    /// <summary>1 when rows were refused and none stands in the workspace (imported, corrected or already there).</summary>
    private static int ExitCode(int rejected, int standing) => rejected > 0 && standing == 0 ? 1 : 0;

    private static int Refused(string path, string problem, bool json) =>
        Output.FailFile(problem, json, new
        {
            file = Path.GetFileName(path), rows = 0, imported = 0, updated = 0, alreadyImported = 0, skipped = 0, rejected = 0,
            linkedToDirectory = 0, errors = new[] { Output.FileError(problem) },
        });
}
