using System.CommandLine;
using System.Text;
using Liaison.Core.Common;
using Liaison.Core.Engagement.Transfers;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

/// <summary><c>liaison export &lt;format&gt;</c>: regulatory files out of the workspace.</summary>
internal static class ExportCommand
{
    public static Command Create() => new("export", "Write regulatory files from the workspace.") { OpenPayments() };

    private static Command OpenPayments()
    {
        var year = new Option<int>("--year") { Description = "The program year (calendar year of the payments).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write.", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("openpayments",
            "Write a program year's transfers of value as a CMS Open Payments general-payments CSV (91 columns, CMS spelling).")
            { year, output, json };
        command.SetAction(async (parse, ct) =>
        {
            var y = parse.GetValue(year);
            if (y is < 2013 or > 2100) return Output.Fail($"--year {y}: Open Payments program years start in 2013");
            var target = parse.GetValue(output)!;
            if (Directory.Exists(target.FullName)) return Output.Fail($"--out {target.FullName}: is a folder; give the name of the CSV file to write");
            await using var host = await CliHost.OpenAsync(ct);
            var temp = target.FullName + ".partial";
            OpenPaymentsExport.Summary summary;
            try
            {
                if (target.DirectoryName is { } dir) Directory.CreateDirectory(dir);
                // Written aside and moved into place: an interrupted export never leaves a file that looks complete.
                await using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
                    summary = await host.RunAsync(sp => sp.GetRequiredService<OpenPaymentsExport.Handler>().Handle(y, writer, ct));
                File.Move(temp, target.FullName, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Delete(temp);
                return Output.Fail($"--out {target.FullName}: cannot be written ({e.Message})");
            }
            if (parse.GetValue(json))
                Output.WriteJson(new { file = target.FullName, programYear = summary.ProgramYear, rows = summary.Rows,
                    totalAmount = summary.TotalAmount, recipients = summary.Recipients });
            else
                Console.WriteLine($"Wrote {Counted.Of(summary.Rows, "payment")} to {Counted.Of(summary.Recipients, "recipient")}, {summary.TotalAmount:N2} USD, to {target.FullName}.");
            return 0;
        });
        return command;
    }
}
