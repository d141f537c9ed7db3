using System.CommandLine;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

/// <summary><c>liaison impact analyze</c>: the estimate of PRODUCT.md §2.8 from files or from a workspace initiative.</summary>
internal static class ImpactCommand
{
    public static Command Create()
    {
        var exposures = new Option<FileInfo?>("--exposures") { Description = "exposures.csv: subject_id,exposed_on (listed subjects are treated)." };
        var outcomes = new Option<FileInfo?>("--outcomes") { Description = "outcomes.csv: subject_id,period,events,exposure (period YYYY-MM)." };
        var covariates = new Option<FileInfo?>("--covariates") { Description = "covariates.csv: subject_id,<columns> to match on." };
        var initiative = new Option<string?>("--initiative") { Description = "Analyse a workspace initiative (its slug) instead of files." };
        var start = new Option<string?>("--start") { Description = "First month of the post window (YYYY-MM)." };
        var pre = new Option<int?>("--pre") { Description = "Months before start in the pre window." };
        var post = new Option<int?>("--post") { Description = "Months from start in the post window." };
        var design = new Option<string?>("--design") { Description = "matched-did (default) or did." };
        var seed = new Option<int?>("--seed") { Description = $"Seed for tie-breaking in matching (default {ImpactOptions.DefaultSeed})." };
        var categorical = new Option<string[]>("--categorical")
            { Description = "Treat this covariate as categorical even if its values are numbers (repeatable).", AllowMultipleArgumentsPerToken = true };
        var neighbours = new Option<int?>("--neighbours") { Description = "Controls per treated subject (default 4)." };
        var caliper = CommonOptions.FiniteNumber("--caliper", "Largest matching distance, in standard deviations (default 0.5).");
        var outcomeKind = new Option<string?>("--outcome-kind") { Description = "general, prescribing, patient-reported or adverse-event-reports (adds the reporting caveat)." };
        var chart = new Option<FileInfo?>("--chart") { Description = "Where to save the event-study chart (.png or .svg; default impact-event-study.png here). Not written with --json." };
        var json = CommonOptions.Json();
        var analyze = new Command("analyze", "Estimate an initiative's effect: matched difference-in-differences (or plain), with a 95% CI clustered by subject, the naive figure, balance, event study and caveats.")
            { exposures, outcomes, covariates, initiative, start, pre, post, design, seed, categorical, neighbours, caliper, outcomeKind, chart, json };
        analyze.SetAction(async (parse, ct) =>
        {
            var asJson = parse.GetValue(json);
            var overrides = new AnalysisOverrides(parse.GetValue(start), parse.GetValue(pre), parse.GetValue(post), parse.GetValue(design),
                parse.GetValue(seed), parse.GetValue(neighbours), parse.GetValue(caliper));
            ImpactResult result;
            try
            {
                if (parse.GetValue(initiative) is { } slug)
                {
                    await using var host = await CliHost.OpenAsync(ct);
                    var analysed = await host.RunAsync(sp => sp.GetRequiredService<AnalyzeInitiative.Handler>().HandleBySlug(slug, overrides, ct));
                    if (!analysed.IsSuccess) return Output.Fail(analysed.Error!.Message);
                    result = analysed.Value!;
                }
                else
                {
                    if (parse.GetValue(exposures) is not { } e || parse.GetValue(outcomes) is not { } o)
                        return Output.Fail("give --exposures and --outcomes (or --initiative SLUG)", 2);
                    if (overrides.Start is null || overrides.Pre is null || overrides.Post is null)
                        return Output.Fail("--start, --pre and --post are required with files", 2);
                    var kind = ImpactNames.ParseOutcome(parse.GetValue(outcomeKind));
                    if (kind is null) return Output.Fail("--outcome-kind must be general, prescribing, patient-reported or adverse-event-reports", 2);
                    var options = overrides.ToOptions(null, parse.GetValue(categorical)?.SelectMany(c => c.Split(',')).ToHashSet(), kind.Value);
                    result = await FileAnalysis.RunAsync(e.FullName, o.FullName, parse.GetValue(covariates)?.FullName, options, ct,
                        new SyncProgress(m => Console.Error.WriteLine(m)));
                }
            }
            catch (ImpactInputException problem)
            {
                return Output.Fail(problem.Message);
            }
            if (asJson)
            {
                Output.WriteJson(result);
                return 0;
            }
            ImpactReport.Print(result);
            var file = parse.GetValue(chart)?.FullName ?? Path.GetFullPath("impact-event-study.png");
            if (file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) EventStudyChart.SaveSvg(result, file);
            else EventStudyChart.SavePng(result, file);
            Console.WriteLine($"Event-study chart saved to {file}");
            return 0;
        });
        return new Command("impact", "Impact analytics: honest effect estimates for initiatives.") { analyze };
    }
}

/// <summary>Progress written as it happens (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
internal sealed class SyncProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
