using System.CommandLine;
using Liaison.Core.Common;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Commands;

internal static class TokensCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The user the token acts as.", Required = true };
        var name = new Option<string>("--name") { Description = "A name to recognise the token by.", Required = true };
        var days = new Option<int?>("--expires-in-days") { Description = "Expiry in days (default: never)." };
        var json = CommonOptions.Json();
        var create = new Command("create", "Create a personal API token; prints it once.") { email, name, days, json };
        create.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var created = await host.RunAsync(async sp =>
            {
                var user = await sp.GetRequiredService<UserManager<LiaisonUser>>().FindByEmailAsync(parse.GetValue(email)!.Trim());
                if (user is null) return Error.NotFound($"A user with the email {parse.GetValue(email)}");
                return await sp.GetRequiredService<CreateApiToken.Handler>()
                    .Handle(new CreateApiToken.Command(user.Id, parse.GetValue(name)!, parse.GetValue(days)), ct);
            });
            if (!created.IsSuccess) return Output.Fail(created.Error!.Message);
            var t = created.Value!;
            if (parse.GetValue(json)) Output.WriteJson(new { token = t.Token, id = t.Id, name = t.Name, expiresAt = t.ExpiresAt });
            else Console.WriteLine(t.Token);
            return 0;
        });

        var listJson = CommonOptions.Json();
        var list = new Command("list", "List tokens (never their secrets).") { listJson };
        list.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var tokens = await host.RunAsync(sp => sp.GetRequiredService<ListApiTokens.Handler>().Handle(null, ct));
            if (parse.GetValue(listJson)) Output.WriteJson(tokens);
            else foreach (var t in tokens)
                Console.WriteLine($"{t.Id}  {t.UserEmail,-32} {t.Name,-20} {t.Prefix}…  {(t.RevokedAt is null ? "active" : "revoked")}");
            return 0;
        });

        var id = new Argument<Guid>("id") { Description = "The token's id (from tokens list)." };
        var revoke = new Command("revoke", "Revoke a token.") { id };
        revoke.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var result = await host.RunAsync(sp => sp.GetRequiredService<RevokeApiToken.Handler>()
                .Handle(new RevokeApiToken.Command(parse.GetValue(id), null), ct));
            return result.IsSuccess ? 0 : Output.Fail(result.Error!.Message);
        });
        return new Command("tokens", "Personal API tokens.") { create, list, revoke };
    }
}
