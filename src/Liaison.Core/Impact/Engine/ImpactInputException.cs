namespace Liaison.Core.Impact.Engine;

/// <summary>One thing wrong with an input file: where (file, line, column) and why.</summary>
public sealed record InputProblem(string File, long Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}: line {Line}: {Reason}" : $"{File}: {Reason}";
}

/// <summary>
/// The inputs of an analysis are unusable. Nothing was computed; <see cref="Problems"/> names each file, line and
/// reason. Thrown only from the engine and caught at its edge (use case, CLI), never used for control flow elsewhere.
/// </summary>
public sealed class ImpactInputException : Exception
{
    public ImpactInputException(string message) : base(message) => Problems = [];

    public ImpactInputException(IReadOnlyList<InputProblem> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public IReadOnlyList<InputProblem> Problems { get; }
}
