namespace Liaison.Bench.Harness;

public interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    Task<(IReadOnlyList<Figure> Figures, IReadOnlyList<Note> Notes)> RunAsync(BenchContext context, CancellationToken ct);
}

/// <summary>What a benchmark needs: its size, a scratch folder, the PostgreSQL server and a log.</summary>
public sealed class BenchContext(bool quick, string workDir, string? postgres, bool verbose = false)
{
    public bool Quick { get; } = quick;
    /// <summary>--verbose: benchmarks add where the time went (per phase) to their notes.</summary>
    public bool Verbose { get; } = verbose;
    public string WorkDir { get; } = workDir;
    /// <summary>A server connection string (database "postgres"); null when no PostgreSQL is available.</summary>
    public string? Postgres { get; } = postgres;

    public void Log(string message) => Console.Error.WriteLine($"  {message}");
}
