namespace Liaison.Core.Directory.Import;

/// <summary>A source file read as batches of validated records, from a given line on.</summary>
public interface IImportSource
{
    /// <summary>"nppes", "nppes-pl" or "fhir": the kind of run, part of what identifies a resumable run.</summary>
    string Kind { get; }
    string Path { get; }
    long TotalBytes { get; }

    /// <summary>Reads the header or envelope: the problem that makes the whole file unreadable, or null.</summary>
    string? Open();

    /// <summary>Batches of about <paramref name="batchSize"/> rows after line <paramref name="skipThroughLine"/>.</summary>
    IEnumerable<ImportBatch> Read(long skipThroughLine, int batchSize, CancellationToken ct);
}
