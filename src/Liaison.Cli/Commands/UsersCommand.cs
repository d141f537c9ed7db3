using System.CommandLine;
using Liaison.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

internal static class UsersCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The user's email, also their login.", Required = true };
        var role = new Option<string[]>("--role")
        {
            Description = $"A role ({string.Join(", ", Roles.All)}); repeat for several.", Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var name = new Option<string?>("--name") { Description = "Display name (defaults to the email)." };
        var json = CommonOptions.Json();
        var add = new Command("add", "Add a user; prints a generated initial password once.") { email, role, name, json };
        add.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var result = await host.RunAsync(sp => sp.GetRequiredService<AddUser.Handler>()
                .Handle(new AddUser.Command(parse.GetValue(email)!, parse.GetValue(role)!, parse.GetValue(name)), ct));
            if (!result.IsSuccess) return Output.Fail(result.Error!.Message);
            var u = result.Value!;
            if (parse.GetValue(json)) Output.WriteJson(new { id = u.UserId, email = u.Email, roles = u.Roles, password = u.GeneratedPassword });
            else Console.WriteLine($"Added {u.Email} ({string.Join(", ", u.Roles)}). Initial password (shown once): {u.GeneratedPassword}");
            return 0;
        });

        var listJson = CommonOptions.Json();
        var list = new Command("list", "List users and their roles.") { listJson };
        list.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var users = await host.RunAsync(sp => sp.GetRequiredService<ListUsers.Handler>().Handle(ct));
            if (parse.GetValue(listJson)) Output.WriteJson(users);
            else foreach (var u in users) Console.WriteLine($"{u.Email,-40} {string.Join(",", u.Roles),-30} {(u.LockedOut ? "locked" : "active")}");
            return 0;
        });
        return new Command("users", "Users and roles.") { add, list };
    }
}
