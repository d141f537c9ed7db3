using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>What an import run did, over all its resumptions. Errors are capped at <see cref="MaxErrors"/>; counts are exact.</summary>
public sealed record ImportReport(Guid RunId, string File, long Imported, long Updated, long Unchanged, long Rejected,
    long Deactivated, long Reactivated, bool Resumed, IReadOnlyList<RowError> Errors)
{
    public const int MaxErrors = 1000;

    /// <summary>
    /// The part of the run that read NPPES's practice location file (<see cref="PracticeLocationSource"/>: the pl_pfile entry of
    /// CMS's ZIP, after its npidata file, or a pl_pfile on its own), its counts of providers (<see cref="PracticeLocationUpsert"/>)
    /// and its errors; null when the run read none.
    /// </summary>
    public ImportReport? PracticeLocations { get; init; }

    /// <summary>A run that read no providers (a practice location file on its own): its practice location part, the rest zero.</summary>
    internal static ImportReport Of(ImportReport locations) =>
        new(locations.RunId, locations.File, 0, 0, 0, 0, 0, 0, locations.Resumed, []) { PracticeLocations = locations, LocationsOnly = true };

    /// <summary>The run read a practice location file alone: no providers, only their <see cref="PracticeLocations"/>.</summary>
    public bool LocationsOnly { get; init; }

    /// <summary>A practice location part that could not run: why, as its one error (file-level, line 1).</summary>
    internal static ImportReport Failed(string file, string problem) =>
        new(Guid.Empty, file, 0, 0, 0, 0, 0, 0, false, [new RowError(1, "file", problem)]);
}

/// <summary>Where a running import is: rows so far, bytes of the file read, speed and the estimated time left.</summary>
public sealed record ImportProgress(long Rows, long BytesRead, long TotalBytes, double RowsPerSecond, TimeSpan? Remaining,
    long Imported, long Updated, long Unchanged, long Rejected)
{
    public double Fraction => TotalBytes <= 0 ? 0 : Math.Min(1, (double)BytesRead / TotalBytes);
}
