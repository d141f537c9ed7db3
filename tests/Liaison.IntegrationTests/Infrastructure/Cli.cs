using System.Diagnostics;
using Liaison.Core.Data;

namespace Liaison.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the real `liaison` CLI (the built liaison.dll) as a process against a workspace, configured only by
/// environment variables, as a user or the contract checks would.
/// </summary>
public static class Cli
{
    /// <summary>
    /// The liaison.dll to run: $LIAISON_CLI when set (./scripts/test publishes the CLI ReadyToRun and points it there, so
    /// each start takes about half the CPU), else the build's copy beside the tests.
    /// </summary>
    public static string Dll { get; } = Environment.GetEnvironmentVariable("LIAISON_CLI") is { Length: > 0 } published
        ? File.Exists(published) ? published : throw new FileNotFoundException($"LIAISON_CLI names {published}, which does not exist")
        : Path.Combine(AppContext.BaseDirectory, "liaison.dll");

    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Task<Run> Liaison(WorkspaceDatabase workspace, params string[] args)
    {
        var start = Start(Path.GetTempPath(), args);
        start.Environment["Database__Provider"] = workspace.Provider.ToString();
        start.Environment["ConnectionStrings__Liaison"] = workspace.ConnectionString;
        start.Environment["Database__StrictQueries"] = "true";
        return RunAsync(start);
    }

    /// <summary>The CLI run in <paramref name="folder"/> with no workspace in its environment: what that folder's appsettings.json names.</summary>
    public static Task<Run> InFolder(string folder, params string[] args)
    {
        var start = Start(folder, args);
        foreach (var key in new[] { "Database__Provider", "ConnectionStrings__Liaison", "Workspace__BaseDirectory" }) start.Environment.Remove(key);
        return RunAsync(start);
    }

    private static ProcessStartInfo Start(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    private static async Task<Run> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
