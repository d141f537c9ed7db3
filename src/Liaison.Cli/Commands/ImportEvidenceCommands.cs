using System.CommandLine;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Prescribing;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

/// <summary>`liaison import pubmed|ctgov|partd FILE`: KOL evidence and prescribing.</summary>
internal static class ImportEvidenceCommands
{
    public static IEnumerable<Command> All() => [Pubmed(), ClinicalTrials(), PartD()];

    private static Command Pubmed()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "PubMed E-utilities efetch XML (PubmedArticleSet), or a baseline or update file as NLM publishes it (pubmed26n0001.xml.gz)." };
        var json = CommonOptions.Json();
        var command = new Command("pubmed", """
            Import PubMed articles: upsert by PMID, link authors to HCPs by name, affiliation and place (with a
            confidence; high-confidence links count at once, others wait for review), recompute influence scores.
            """) { file, json };
        command.SetAction((parse, ct) => KolImportCli.RunAsync(parse.GetValue(file)!.FullName, parse.GetValue(json),
            (sp, progress, token) => sp.GetRequiredService<ImportPublications.Handler>().Handle(parse.GetValue(file)!.FullName, progress, token), ct));
        return command;
    }

    private static Command ClinicalTrials()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "ClinicalTrials.gov API v2 JSON: one study, or a page {\"studies\": [...]}; gzip-compressed or not." };
        var json = CommonOptions.Json();
        var command = new Command("ctgov", """
            Import ClinicalTrials.gov studies: upsert by NCT number, link overall officials and site investigators to
            HCPs, recompute influence scores.
            """) { file, json };
        command.SetAction((parse, ct) => KolImportCli.RunAsync(parse.GetValue(file)!.FullName, parse.GetValue(json),
            (sp, _, token) => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(parse.GetValue(file)!.FullName, token), ct));
        return command;
    }

    private static Command PartD()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CMS Medicare Part D Prescribers — by Provider and Drug CSV; gzip-compressed, or a ZIP holding only it." };
        var year = new Option<int?>("--year") { Description = "The data year, when neither a Year column nor the file name (…_DY21_…) gives it." };
        var json = CommonOptions.Json();
        var command = new Command("partd", """
            Import Part D prescribing: one record per NPI, drug and year (upserted; re-importing changes nothing),
            suppressed counts kept as suppressed, linked to HCPs by NPI; recompute influence scores.
            """) { file, year, json };
        command.SetAction((parse, ct) => KolImportCli.RunAsync(parse.GetValue(file)!.FullName, parse.GetValue(json),
            (sp, progress, token) => sp.GetRequiredService<ImportPartD.Handler>().Handle(parse.GetValue(file)!.FullName, parse.GetValue(year), progress, token), ct));
        return command;
    }
}
