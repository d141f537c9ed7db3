using System.CommandLine;

namespace Liaison.Cli.Commands;

/// <summary>`liaison import &lt;source&gt; FILE`: one subcommand per importable format.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Import a file into the workspace (validated row by row; bad rows are reported, good rows kept).");
        foreach (var sub in new[] { ImportNppesCommand.Create(), ImportFhirCommand.Create(), ImportNuccCommand.Create(), ImportOutcomesCommand.Create(),
                     ImportOpenPaymentsCommand.Create() }.Concat(ImportEvidenceCommands.All()))
            command.Subcommands.Add(sub);
        return command;
    }
}
