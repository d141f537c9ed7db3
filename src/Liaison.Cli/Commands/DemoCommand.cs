using System.CommandLine;
using Liaison.Core.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var seed = new Option<int>("--seed") { Description = "Seed of every random draw.", DefaultValueFactory = _ => DemoWorkspace.DefaultSeed };
        var command = new Command("demo", "Create the demo workspace: a user per role (printed with the password), reference data and simulated data. Safe to re-run.")
            { seed, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var asJson = parse.GetValue(json);
            await host.Services.GetRequiredService<DemoWorkspace>().CreateAsync(parse.GetValue(seed),
                new Progress<string>(m => Console.Error.WriteLine(m)), ct);
            var logins = DemoUsers.Logins.Select(l => new { email = l.Email, role = l.Role, password = DemoUsers.Password }).ToList();
            if (asJson) Output.WriteJson(new { workspace = host.Database.SqliteFile ?? "postgres", logins });
            else
            {
                Console.WriteLine($"Demo workspace ready: {host.Database.SqliteFile ?? "PostgreSQL"}");
                Console.WriteLine($"Logins (password for all: {DemoUsers.Password}):");
                foreach (var l in DemoUsers.Logins) Console.WriteLine($"  {l.Role,-20} {l.Email}");
            }
            return 0;
        });
        return command;
    }
}
