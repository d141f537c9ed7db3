using System.CommandLine;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

/// <summary>
/// <c>liaison import outcomes</c>: an outcome dataset from the CSV contract, patient-reported outcomes from FHIR
/// QuestionnaireResponse resources, or a drug's Part D prescribing already in the workspace (<see cref="PartDOutcomes"/>).
/// Re-running replaces the dataset of that name.
/// </summary>
internal static class ImportOutcomesCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "The dataset's name (re-importing a name replaces it).", Required = true };
        var kind = new Option<string>("--kind") { Description = "prescribing, patient-reported, adverse-event-reports or general.", DefaultValueFactory = _ => "general" };
        var outcomes = new Option<FileInfo?>("--outcomes") { Description = "outcomes.csv (or .csv.gz): subject_id,period,events,exposure." };
        var covariates = new Option<FileInfo?>("--covariates") { Description = "covariates.csv: subject_id,<columns>." };
        var fhir = new Option<FileInfo?>("--fhir") { Description = "QuestionnaireResponse resources (NDJSON, Bundle or one resource) instead of --outcomes." };
        var linkId = new Option<string?>("--positive-link-id") { Description = "With --fhir: the item whose answer decides a positive response." };
        var min = CommonOptions.FiniteNumber("--positive-min", "With --fhir: a numeric answer at least this is positive.");
        var codes = new Option<string[]>("--positive-code") { Description = "With --fhir: a coded answer with this code is positive (repeatable).", AllowMultipleArgumentsPerToken = true };
        var partD = new Option<string?>("--part-d")
        {
            Description = "A drug (brand or generic name) whose Part D prescribing, imported with `liaison import partd`, is the outcome: " +
                "claims per prescriber NPI, each year spread evenly over its months.",
        };
        var description = new Option<string?>("--description") { Description = "What the dataset measures." };
        var json = CommonOptions.Json();
        var command = new Command("outcomes", "Import an outcome dataset for impact analyses; bad rows are reported with their line and skipped.")
            { dataset, kind, outcomes, covariates, fhir, linkId, min, codes, partD, description, json };
        command.SetAction(async (parse, ct) =>
        {
            if (ImpactNames.ParseOutcome(parse.GetValue(kind)) is not { } outcomeKind)
                return Output.Fail("--kind must be prescribing, patient-reported, adverse-event-reports or general", 2);
            await using var host = await CliHost.OpenAsync(ct);
            var report = await host.RunAsync(async sp =>
            {
                var handler = sp.GetRequiredService<ImportOutcomes.Handler>();
                if (parse.GetValue(fhir) is { } file)
                {
                    if (parse.GetValue(linkId) is not { } link) return Core.Common.Error.Invalid("positive-link-id", "--fhir needs --positive-link-id");
                    var reader = new QuestionnaireResponseRows(file.FullName, link, parse.GetValue(min), parse.GetValue(codes)?.ToHashSet());
                    CovariateTable? covariateTable;
                    // A bad covariate file is named with its lines, as --outcomes' is (ImportCsvAsync), not a stack trace.
                    try { covariateTable = parse.GetValue(covariates) is { } c ? CovariateTable.Read(c.FullName, null, SubjectCovariate.Widths) : null; }
                    catch (ImpactInputException problem) { return Core.Common.Error.Invalid("covariates", problem.Message); }
                    return await handler.ImportAsync(new ImportOutcomes.Command(parse.GetValue(dataset)!, OutcomeKind.PatientReported,
                        "fhir-questionnaire-response", parse.GetValue(description)), reader.Read(), covariateTable, () => (reader.Rejected, reader.Problems), ct);
                }
                if (parse.GetValue(partD) is { } drug)
                    return await sp.GetRequiredService<PartDOutcomes.Handler>().Handle(
                        new PartDOutcomes.Command(parse.GetValue(dataset)!, drug, parse.GetValue(description)), ct);
                if (parse.GetValue(outcomes) is not { } csv) return Core.Common.Error.Invalid("outcomes", "give --outcomes FILE, --fhir FILE or --part-d DRUG");
                return await handler.ImportCsvAsync(new ImportOutcomes.Command(parse.GetValue(dataset)!, outcomeKind, "csv", parse.GetValue(description)),
                    csv.FullName, parse.GetValue(covariates)?.FullName, ct);
            });
            if (report.Error is { } failed)
                return Output.FailFile(failed.Message, parse.GetValue(json), new
                {
                    dataset = parse.GetValue(dataset), id = (Guid?)null, rows = 0, subjects = 0, rejected = 0,
                    errors = new[] { new { line = 1, column = failed.Fields?.Keys.FirstOrDefault() ?? "file", reason = failed.Message } },
                });
            var r = report.Value!;
            foreach (var p in r.Problems) Console.Error.WriteLine($"rejected: {p}");
            if (parse.GetValue(json))
                Output.WriteJson(new
                {
                    dataset = r.Dataset, id = r.DatasetId, rows = r.Rows, subjects = r.Subjects, rejected = r.Rejected,
                    // As every importer's report: the rejected rows' places and reasons (the column is named in the reason), and
                    // which file, outcomes or covariates.
                    errors = r.Problems.Select(p => new { line = p.Line, column = "(row)", reason = p.Reason, file = Path.GetFileName(p.File) }),
                });
            else Console.WriteLine($"Imported {r.Rows:N0} rows for {r.Subjects:N0} subjects into {r.Dataset}; {r.Rejected:N0} rejected.");
            return 0;
        });
        return command;
    }
}
