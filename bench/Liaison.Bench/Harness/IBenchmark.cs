namespace Liaison.Bench.Harness;

public interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    Task<(IReadOnlyList<Figure> Figures, IReadOnlyList<Note> Notes)> RunAsync(BenchContext context, CancellationToken ct);
}

/// <summary>What a benchmark needs: its size, a scratch folder, the PostgreSQL server and a log.</summary>
public sealed class BenchContext(bool quick, string workDir, string? postgres)
{
    public bool Quick { get; } = quick;
    public string WorkDir { get; } = workDir;
    /// <summary>A server connection string (database "postgres"); null when no PostgreSQL is available.</summary>
    public string? Postgres { get; } = postgres;

    public void Log(string message) => Console.Error.WriteLine($"  {message}");
}
