using System.CommandLine;
using Liaison.Core.Impact;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

internal static class InitiativesCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var list = new Command("list", "List initiatives (slug, outcome, windows, design).") { json };
        list.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var items = await host.RunAsync(sp => sp.GetRequiredService<ListInitiatives.Handler>().Handle(ct));
            if (parse.GetValue(json))
                Output.WriteJson(items.Select(i => new
                {
                    slug = i.Slug, id = i.Id, name = i.Name, outcome_dataset = i.OutcomeDataset, outcome_kind = i.OutcomeKind,
                    start = i.StartMonth, pre = i.PreMonths, post = i.PostMonths, design = i.Design, targets = i.Targets,
                    published_result = i.PublishedResult,
                }));
            else
                foreach (var i in items)
                    Console.WriteLine($"{i.Slug,-36} {i.StartMonth} pre {i.PreMonths,2} post {i.PostMonths,2}  {i.Design,-11} {i.Targets,6} targets  {i.Name}");
            return 0;
        });
        var slug = new Argument<string>("slug") { Description = "The initiative." };
        var exposures = new Option<FileInfo>("--exposures") { Description = "exposures.csv: subject_id,exposed_on.", Required = true };
        var targets = new Command("targets", "Replace an initiative's target list (its treated subjects) from an exposures file.") { slug, exposures };
        targets.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var result = await host.RunAsync(sp => sp.GetRequiredService<ImportTargets.Handler>()
                .ImportCsvAsync(parse.GetValue(slug)!, parse.GetValue(exposures)!.FullName, ct));
            if (!result.IsSuccess) return Output.Fail(result.Error!.Message);
            Console.WriteLine($"{result.Value!.Initiative}: {result.Value.Targets:N0} targets.");
            return 0;
        });
        return new Command("initiatives", "Initiatives whose impact is measured.") { list, targets };
    }
}
