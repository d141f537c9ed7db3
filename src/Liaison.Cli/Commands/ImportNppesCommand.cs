using System.CommandLine;
using Liaison.Core.Directory.Import;

namespace Liaison.Cli.Commands;

internal static class ImportNppesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") {
            Description = "An NPPES npidata_pfile CSV (the monthly full file or a weekly update, either layout, gzip-compressed or not), "
                + "or CMS's download as published (NPPES_Data_Dissemination_….zip): its npidata_pfile_….csv entry is read from the archive, then its pl_pfile_….csv (secondary practice locations); "
                + "or a pl_pfile_….csv on its own (known by its header); "
                + "or answers saved from the NPI Registry API (JSON, version 2.1: one answer, an array of them, or one a line).",
        };
        var json = CommonOptions.Json();
        var command = new Command("nppes", """
            Import the NPPES NPI registry: upsert by NPI (re-importing changes nothing), record deactivations and
            reactivations, map taxonomies to NUCC specialties. Resumable: re-run the same file after an interruption.
            """) { file, json };
        command.SetAction((parse, ct) => DirectoryImportCli.RunAsync(NppesSources.For(parse.GetValue(file)!.FullName), parse.GetValue(json), ct));
        return command;
    }
}
