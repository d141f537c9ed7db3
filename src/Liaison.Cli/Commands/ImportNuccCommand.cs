using System.CommandLine;
using Liaison.Core.Directory.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

/// <summary><c>liaison import nucc FILE</c>: a later release of the NUCC taxonomy code set for the workspace.</summary>
internal static class ImportNuccCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The NUCC Health Care Provider Taxonomy code set CSV (nucc_taxonomy_NNN.csv, as NUCC publishes it), or a ZIP holding only it." };
        var release = new Option<string?>("--release") { Description = "The release's name (\"25.0\"), when the file name (nucc_taxonomy_250.csv) does not give it." };
        var json = CommonOptions.Json();
        var command = new Command("nucc", $"""
            Take a later release of the NUCC taxonomy code set (Liaison ships {NuccCodeSet.Version}): codes new to it read as
            specialties and are found by a specialty search. Re-runnable: a release imported again changes nothing.
            """) { file, release, json };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            await using var host = await CliHost.OpenAsync(ct);
            var report = await host.RunAsync(sp => sp.GetRequiredService<ImportTaxonomyCodes.Handler>().Handle(path, parse.GetValue(release), ct));
            var errors = report.Errors.Concat(report.Fatal is { } f ? [f] : []).ToList();
            if (parse.GetValue(json))
                Output.WriteJson(new
                {
                    imported = report.Imported, updated = report.Updated, unchanged = report.Unchanged, rejected = report.Rejected,
                    release = report.Release, errors = errors.Select(e => new { line = e.Line, column = e.Column, reason = e.Reason }),
                });
            else
            {
                Console.WriteLine($"{Path.GetFileName(path)} (NUCC {report.Release}): {report.Imported} codes imported, {report.Updated} updated, "
                    + $"{report.Unchanged} unchanged, {report.Rejected} rejected");
                foreach (var e in report.Errors) Console.Error.WriteLine($"  line {e.Line}, {e.Column}: {e.Reason}");
            }
            return report.Fatal is { } fatal ? Output.Fail($"{path}: line {fatal.Line}, {fatal.Column}: {fatal.Reason}") : 0;
        });
        return command;
    }
}
