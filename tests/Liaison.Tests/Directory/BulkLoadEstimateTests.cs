using System.IO.Compression;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Registry;

namespace Liaison.Tests.Directory;

/// <summary>
/// Whether an import loads in bulk depends on how many rows the file holds, which the runner judges from the first batch:
/// a gzip-compressed NPPES file is about a tenth of its text, and judged by its size it looked ten times smaller.
/// </summary>
public sealed class BulkLoadEstimateTests : IDisposable
{
    private const int Rows = 12_000;
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("liaison-estimate-").FullName;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_rows_of_a_plain_or_gzip_file_are_estimated_from_its_first_batch(bool gzip)
    {
        var path = Write(gzip);
        var source = new NppesFileSource(path);
        Assert.Null(source.Open());
        var first = source.Read(0, 2_000, CancellationToken.None).First();

        var estimate = DirectoryImportRunner.EstimatedRows(first, source.TotalBytes);

        Assert.InRange(estimate, Rows * 2 / 3, Rows * 3 / 2);
        if (gzip) Assert.True(source.TotalBytes / 1024 < Rows / 5, $"the gzip file's size ({source.TotalBytes:N0} bytes) alone says too few rows");
    }

    [Fact]
    public void A_file_read_whole_in_its_first_batch_is_judged_by_its_size()
    {
        var batch = new ImportBatch { LastLine = 12, BytesRead = 30_720 };
        Assert.Equal(30, DirectoryImportRunner.EstimatedRows(batch, 30_720));
        Assert.Equal(30, DirectoryImportRunner.EstimatedRows(new ImportBatch { LastLine = 12 }, 30_720));
    }

    private string Write(bool gzip)
    {
        var rows = Enumerable.Range(10_000_000, Rows).Select(n =>
        {
            var npi = $"1{n}{Npi.CheckDigit($"1{n}")}";
            return NppesRows.Row("1679576722", ("NPI", npi), ("Provider First Name", $"NAME{n}"));
        }).ToArray();
        var path = Path.Combine(_folder, gzip ? "npidata_pfile.csv.gz" : "npidata_pfile.csv");
        using var file = File.Create(path);
        using Stream target = gzip ? new GZipStream(file, CompressionLevel.Fastest) : file;
        using var writer = new StreamWriter(target);
        writer.Write(NppesRows.Csv(rows));
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);
}
