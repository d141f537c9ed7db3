using System.CommandLine;
using Liaison.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Liaison.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, e.g. http://0.0.0.0:8080 (default http://localhost:5080)." };
        var command = new Command("serve", "Run the web app and the API on the workspace (migrates it first).") { urls };
        command.SetAction(async (parse, ct) =>
        {
            var args = new List<string> { "--Workspace:BaseDirectory", Directory.GetCurrentDirectory() };
            if (parse.GetValue(urls) is { } u) args.AddRange(["--urls", u]);
            var app = LiaisonWebApp.Build(args.ToArray());
            await app.PrepareWorkspaceAsync(ct);
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
