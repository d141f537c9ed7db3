using System.CommandLine;
using Liaison.Core.Compliance.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

internal static class AuditCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var verify = new Command("verify", "Recompute the audit trail's hash chain; exit 1 naming the first bad entry if it was altered, deleted or reordered.") { json };
        verify.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var report = await host.RunAsync(sp => sp.GetRequiredService<VerifyAuditChain.Handler>().Handle(ct));
            if (parse.GetValue(json))
                Output.WriteJson(new
                {
                    valid = report.Valid, entries = report.Entries, firstBadSequence = report.FirstBadSequence,
                    firstBadId = report.FirstBadId, problem = report.Problem, headHash = report.HeadHash,
                });
            else if (report.Valid) Console.WriteLine($"The audit trail is intact: {report.Entries} entries, head {report.HeadHash}.");
            if (!report.Valid) Console.Error.WriteLine($"error: audit entry {report.FirstBadSequence} ({report.FirstBadId}): {report.Problem}");
            return report.Valid ? 0 : 1;
        });
        return new Command("audit", "The audit trail.") { verify };
    }
}
