using System.CommandLine;
using Microsoft.Data.Sqlite;

namespace Liaison.Cli.Commands;

internal static class BackupCommand
{
    public const string PostgresAdvice =
        "this workspace is on PostgreSQL: back it up with pg_dump -Fc -f liaison.dump <database> and restore it with pg_restore --clean -d <database> liaison.dump (see README).";

    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write.", Required = true };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("backup", "Copy the SQLite workspace to a file while it is in use (SQLite online backup).") { output, force };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct, migrate: false);
            if (host.Database.SqliteFile is not { } source) return Output.Fail(PostgresAdvice, 2);
            if (!File.Exists(source)) return Output.Fail($"there is no workspace at {source}");
            var target = parse.GetValue(output)!;
            if (target.Exists && !parse.GetValue(force)) return Output.Fail($"{target.FullName} exists; pass --force to overwrite it");
            Directory.CreateDirectory(target.DirectoryName!);
            var temp = target.FullName + ".partial";
            File.Delete(temp);
            // The backup goes to a temporary file first: an interrupted backup never leaves a file that looks whole.
            await using (var from = new SqliteConnection(host.Database.ConnectionString))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
            {
                await from.OpenAsync(ct);
                await to.OpenAsync(ct);
                from.BackupDatabase(to);
                await using var cmd = to.CreateCommand();
                cmd.CommandText = "PRAGMA journal_mode=DELETE;";
                await cmd.ExecuteNonQueryAsync(ct);
            }
            File.Move(temp, target.FullName, overwrite: true);
            Console.Error.WriteLine($"Backed up {source} to {target.FullName} ({new FileInfo(target.FullName).Length:N0} bytes).");
            return 0;
        });
        return command;
    }
}
