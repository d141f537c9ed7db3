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
        var file = new Argument<FileInfo>("file") { Description = "A CMS Open Payments public CSV (general or research payments), gzip-compressed or not; the program year's ZIP holds several: extract one." };
        var json = CommonOptions.Json();
        var command = new Command("openpayments",
            "Import an Open Payments public file (general or research, any program year's layout) to show what other companies paid HCPs. Re-runnable: records already imported are skipped, or updated when a later publication corrected them.")
            { file, json };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            await using var host = await CliHost.OpenAsync(ct);
            var progress = new Progress<int>(rows => Output.Err.MarkupLine($"[grey]{rows:N0} rows read[/]"));
            var (report, problem) = await host.RunAsync(sp => sp.GetRequiredService<ImportOpenPayments.Handler>().Handle(path, progress, ct));
            if (report is null)
                return Output.FailFile(problem!, parse.GetValue(json), new
                {
                    file = Path.GetFileName(path), rows = 0, imported = 0, updated = 0, alreadyImported = 0, skipped = 0, rejected = 0,
                    linkedToDirectory = 0, errors = new[] { Output.FileError(problem!) },
                });
            foreach (var e in report.Errors) Console.Error.WriteLine($"{path}: line {e.Line}: column {e.Column}: {e.Reason}");
            if (parse.GetValue(json)) Output.WriteJson(report);
            else
                Console.WriteLine($"{report.File} ({report.Kind}): {report.Rows:N0} rows; {report.Imported:N0} payments imported, "
                    + $"{report.Updated:N0} corrected, {report.AlreadyImported:N0} already there, {report.Skipped:N0} not to individuals, {report.Rejected:N0} refused; "
                    + $"{report.LinkedToDirectory:N0} linked to directory HCPs.");
            return report.Rejected > 0 && report.Imported == 0 && report.Updated == 0 && report.AlreadyImported == 0 ? 1 : 0;
        });
        return command;
    }
}
