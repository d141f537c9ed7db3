namespace Liaison.Core.Impact.Engine;

/// <summary>A subject's outcome totals over the two windows (weights not applied); a value, so a million cost no objects.</summary>
public readonly record struct SubjectSummary(string SubjectId, bool Treated, double PreEvents, double PreExposure, double PostEvents,
    double PostExposure);

/// <summary>
/// What summarising found: sizes and, for bad input, how many rows break a rule of their own (a missing or malformed
/// value, negative events, exposure ≤ 0) and how many subjects have a month twice.
/// </summary>
public sealed record PanelCounts(long Rows, long BadRows, long SubjectsWithDuplicates, int Treated, int Controls,
    IReadOnlyList<string> UnknownExposed)
{
    public bool HasProblems => BadRows + SubjectsWithDuplicates > 0 || UnknownExposed.Count > 0;
}

/// <summary>Weighted events and exposure of one cluster of subjects, one arm, one month relative to start.</summary>
public readonly record struct ClusterCell(int Cluster, bool Treated, int Month, double Events, double Exposure);

/// <summary>
/// Outcome rows where they live — a CSV file or the workspace — aggregated where they are: a file by a parallel pass
/// over its bytes, a PostgreSQL workspace by PostgreSQL, a SQLite workspace by DuckDB. What comes out is per-subject
/// summaries (for matching) and per-cluster monthly sums (for the estimate, its variance and the event study).
/// </summary>
public abstract class OutcomePanel : IAsyncDisposable
{
    /// <summary>
    /// Subjects are grouped into this many clusters for the variance by a stable hash of their id. Subjects are
    /// independent, so a cluster of several subjects is still a valid cluster; with thousands of clusters the
    /// sandwich loses nothing measurable, and no per-subject monthly data has to leave the engine.
    /// </summary>
    public const int Clusters = 4096;

    /// <summary>Where the rows come from, for reports (a file name, or the dataset's name).</summary>
    public abstract string SourceName { get; }

    public abstract Task LoadTreatedAsync(IReadOnlyList<Exposure> exposures, CancellationToken ct);

    /// <summary>One pass over the rows: per-subject window totals and every rule's count of offending rows.</summary>
    public abstract Task<PanelCounts> SummariseAsync(AnalysisWindows windows, CancellationToken ct);

    /// <summary>Names the lines that break the rules <paramref name="counts"/> says are broken.</summary>
    public virtual Task<IReadOnlyList<InputProblem>> LocateProblemsAsync(PanelCounts counts, AnalysisWindows windows,
        CancellationToken ct) => Task.FromResult<IReadOnlyList<InputProblem>>(
        [new InputProblem(SourceName, 0, "the stored outcome rows break the file contract")]);

    /// <summary>Subjects with at least one row in the windows.</summary>
    public abstract Task<IReadOnlyList<SubjectSummary>> SubjectsAsync(CancellationToken ct);

    /// <summary>
    /// Weighted sums per cluster, arm and month of the windows. <paramref name="weights"/>: one per subject of
    /// <see cref="SubjectsAsync"/>, in its order (0 = not in the comparison); null means every subject with weight 1.
    /// </summary>
    public abstract Task<IReadOnlyList<ClusterCell>> CellsAsync(double[]? weights, AnalysisWindows windows, CancellationToken ct);

    /// <summary>The subjects with a weight, as (id, weight, arm) rows for an engine to join.</summary>
    protected static IEnumerable<(string SubjectId, double Weight, bool Treated)> Weighted(IReadOnlyList<SubjectSummary> subjects,
        double[] weights) =>
        subjects.Select((s, i) => (s.SubjectId, weights[i], s.Treated)).Where(x => x.Item2 > 0);

    public abstract ValueTask DisposeAsync();
}
