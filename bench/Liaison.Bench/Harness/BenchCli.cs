namespace Liaison.Bench.Harness;

/// <summary>
/// The liaison.dll the benchmarks run as a child process: $LIAISON_CLI when set (./scripts/test points it at its
/// ReadyToRun publish, which its --quick run then starts faster), else the build's copy beside the benchmarks.
/// </summary>
internal static class BenchCli
{
    public static string Dll { get; } = Environment.GetEnvironmentVariable("LIAISON_CLI") is { Length: > 0 } published
        ? File.Exists(published) ? published : throw new FileNotFoundException($"LIAISON_CLI names {published}, which does not exist")
        : Path.Combine(AppContext.BaseDirectory, "liaison.dll");
}
