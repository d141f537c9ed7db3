using System.Diagnostics;
using Liaison.Core.Data;

namespace Liaison.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the real `liaison` CLI (the built liaison.dll) as a process against a workspace, configured only by
/// environment variables, as a user or the contract checks would.
/// </summary>
public static class Cli
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static async Task<Run> Liaison(WorkspaceDatabase workspace, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "liaison.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Database__Provider"] = workspace.Provider.ToString();
        start.Environment["ConnectionStrings__Liaison"] = workspace.ConnectionString;
        start.Environment["Database__StrictQueries"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
