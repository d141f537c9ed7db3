using System.CommandLine;

namespace Liaison.Cli.Commands;

/// <summary>Every top-level verb of the CLI.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        ServeCommand.Create(),
        DemoCommand.Create(),
        DbCommand.Create(),
        UsersCommand.Create(),
        TokensCommand.Create(),
        AuditCommand.Create(),
        BackupCommand.Create(),
        RestoreCommand.Create(),
        ImpactCommand.Create(),
        InitiativesCommand.Create(),
        ImportCommand.Create(),
        ExportCommand.Create(),
        KolCommand.Create(),
    ];
}
