using Liaison.Core.Directory.Import;

namespace Liaison.IntegrationTests.Directory;

/// <summary>A source whose reading dies after its first batch, as an import killed halfway.</summary>
internal sealed class FailingAfterFirstBatch(IImportSource inner) : IImportSource
{
    public string Kind => inner.Kind;
    public string Path => inner.Path;
    public long TotalBytes => inner.TotalBytes;
    public string? Open() => inner.Open();

    public IEnumerable<ImportBatch> Read(long skipThroughLine, int batchSize, CancellationToken ct)
    {
        var n = 0;
        foreach (var batch in inner.Read(skipThroughLine, batchSize, ct))
        {
            if (n++ == 1) throw new IOException("the process was killed");
            yield return batch;
        }
    }
}
