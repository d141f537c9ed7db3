using System.CommandLine;
using Liaison.Core.Compliance.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

internal static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A backup made by `liaison backup`." };
        var force = new Option<bool>("--force") { Description = "Replace a workspace that already holds data." };
        var command = new Command("restore", "Replace the SQLite workspace with a backup, after checking the backup's integrity and audit chain. Stop the web app first.")
            { file, force };
        command.SetAction(async (parse, ct) =>
        {
            var backup = parse.GetValue(file)!;
            if (!backup.Exists) return Output.Fail($"{backup.FullName} does not exist");
            await using var host = await CliHost.OpenAsync(ct, migrate: false);
            if (host.Database.SqliteFile is not { } target) return Output.Fail(BackupCommand.PostgresAdvice, 2);

            var readOnly = new SqliteConnectionStringBuilder { DataSource = backup.FullName, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
            await using (var check = new SqliteConnection(readOnly))
            {
                try
                {
                    await check.OpenAsync(ct);
                    await using var cmd = check.CreateCommand();
                    cmd.CommandText = "PRAGMA integrity_check;";
                    if (await cmd.ExecuteScalarAsync(ct) as string != "ok") return Output.Fail($"{backup.Name} fails SQLite's integrity check");
                    cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'audit_entries';";
                    if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
                        return Output.Fail($"{backup.Name} is not a Liaison workspace");
                }
                catch (SqliteException e)
                {
                    return Output.Fail($"{backup.Name} is not a readable SQLite database: {e.Message}");
                }
            }
            if (File.Exists(target) && new FileInfo(target).Length > 0 && !parse.GetValue(force))
                return Output.Fail($"the workspace {target} already exists; pass --force to replace it");

            await using (var from = new SqliteConnection(readOnly))
            await using (var to = new SqliteConnection(host.Database.ConnectionString))
            {
                await from.OpenAsync(ct);
                await to.OpenAsync(ct);
                from.BackupDatabase(to);
            }
            SqliteConnection.ClearAllPools();
            var report = await host.RunAsync(sp => sp.GetRequiredService<VerifyAuditChain.Handler>().Handle(ct));
            Console.Error.WriteLine(report.Valid
                ? $"Restored {backup.Name} into {target}; its audit trail is intact ({report.Entries} entries)."
                : $"Restored {backup.Name} into {target}, but its audit trail is broken at entry {report.FirstBadSequence}: {report.Problem}");
            return report.Valid ? 0 : 1;
        });
        return command;
    }
}
