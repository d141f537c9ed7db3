using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>What an import run did, over all its resumptions. Errors are capped at <see cref="MaxErrors"/>; counts are exact.</summary>
public sealed record ImportReport(Guid RunId, string File, long Imported, long Updated, long Unchanged, long Rejected,
    long Deactivated, long Reactivated, bool Resumed, IReadOnlyList<RowError> Errors)
{
    public const int MaxErrors = 1000;
}

/// <summary>Where a running import is: rows so far, bytes of the file read, speed and the estimated time left.</summary>
public sealed record ImportProgress(long Rows, long BytesRead, long TotalBytes, double RowsPerSecond, TimeSpan? Remaining,
    long Imported, long Updated, long Unchanged, long Rejected)
{
    public double Fraction => TotalBytes <= 0 ? 0 : Math.Min(1, (double)BytesRead / TotalBytes);
}
