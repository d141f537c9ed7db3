namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// Why a record of an evidence or prescribing file was rejected: the physical line where the record (or the bad
/// value) starts, the column or element path, and the reason.
/// </summary>
public sealed record SourceError(long Line, string Column, string Reason);

/// <summary>A record parsed from a source file, or the reason it could not be.</summary>
public readonly record struct Parsed<T>(T? Record, SourceError? Error, long Line) where T : class;

/// <summary>The file itself cannot be read as its format (not XML, wrong root, truncated): nothing after it is read.</summary>
public sealed class SourceFormatException(SourceError error) : Exception($"line {error.Line}, {error.Column}: {error.Reason}")
{
    public SourceError Error { get; } = error;
}
