using System.CommandLine;

namespace Liaison.Cli.Commands;

/// <summary><c>liaison import &lt;kind&gt;</c>: each capability adds its importer here.</summary>
internal static class ImportCommand
{
    public static Command Create() => new("import", "Import data into the workspace.") { ImportOutcomesCommand.Create() };
}
