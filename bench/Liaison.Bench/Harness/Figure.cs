namespace Liaison.Bench.Harness;

/// <summary>
/// One measured figure beside its anchor (the raw engine doing the same work), both from the same run.
/// <see cref="Ratio"/> is value / anchor for times (lower is better) and anchor / value for rates, so a ratio
/// of 1.5 always means "1.5× the anchor's cost".
/// </summary>
public sealed record Figure(string Name, double Value, string Unit, string Anchor, double AnchorValue, bool HigherIsBetter,
    string? Goal = null)
{
    public double Ratio => HigherIsBetter ? AnchorValue / Value : Value / AnchorValue;
}

/// <summary>A figure that has no anchor (peak memory, a latency to compare with a fixed goal).</summary>
public sealed record Note(string Name, double Value, string Unit, string? Goal = null);

public sealed record BenchResult(string Benchmark, bool Quick, DateTime At, string Machine, IReadOnlyList<Figure> Figures,
    IReadOnlyList<Note> Notes);
