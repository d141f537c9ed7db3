using System.CommandLine;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Influence;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

/// <summary>`liaison kol score`: link new evidence and recompute every influence score and tier.</summary>
internal static class KolCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var score = new Command("score", """
            Link authors and investigators not yet linked (e.g. after an NPPES import added HCPs), then recompute every
            influence score and tier with the workspace's thresholds.
            """) { json };
        score.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var (links, summary) = await host.RunAsync(async sp =>
            {
                var l = await sp.GetRequiredService<LinkEvidence.Handler>().UnlinkedAsync(ct);
                return (l, await sp.GetRequiredService<RecomputeInfluence.Handler>().Handle(ct));
            });
            var tiers = new Dictionary<string, int> { ["T1"] = summary.T1, ["T2"] = summary.T2, ["T3"] = summary.T3, ["T4"] = summary.T4 };
            if (parse.GetValue(json))
                Output.WriteJson(new
                {
                    scored = summary.Scored, tiers,
                    thresholds = new { t1 = summary.Thresholds.T1, t2 = summary.Thresholds.T2, t3 = summary.Thresholds.T3 },
                    links = new { highConfidence = links.HighConfidence, forReview = links.ForReview },
                });
            else
                Console.WriteLine($"{summary.Scored} HCPs scored: T1 {summary.T1}, T2 {summary.T2}, T3 {summary.T3}, T4 {summary.T4} "
                    + $"(thresholds {summary.Thresholds.T1}/{summary.Thresholds.T2}/{summary.Thresholds.T3}); new links: "
                    + $"{links.HighConfidence} high-confidence, {links.ForReview} for review");
            return 0;
        });
        return new Command("kol", "KOL identification: influence scores and tiers.") { score };
    }
}
