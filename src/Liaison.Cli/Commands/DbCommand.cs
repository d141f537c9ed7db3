using System.CommandLine;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

internal static class DbCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var migrate = new Command("migrate", "Bring the workspace database to the current schema (creates it if needed).") { json };
        migrate.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct, migrate: false);
            var (pending, created) = await host.RunAsync(async sp =>
            {
                var migrator = sp.GetRequiredService<WorkspaceMigrator>();
                var before = await migrator.PendingAsync(ct);
                return (before, await migrator.MigrateAsync(ct));
            });
            if (parse.GetValue(json)) Output.WriteJson(new { applied = pending, created });
            else Console.WriteLine(pending.Count == 0 ? "The schema is current." : $"Applied {Counted.Of(pending.Count, "migration")}: {string.Join(", ", pending)}");
            return 0;
        });
        return new Command("db", "Workspace database.") { migrate };
    }
}
