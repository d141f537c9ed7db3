using Liaison.Core.Common;
using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// An NPPES Practice Location Reference File (<c>pl_pfile_….csv</c>: one row per secondary practice location of an NPI),
/// on its own or as the entry of CMS's monthly or weekly ZIP download, streamed like <see cref="NppesFileSource"/>. Each
/// NPI's consecutive rows are handed on together (<see cref="PracticeLocationGroup"/>), never split between batches, so
/// that they replace what an earlier file gave the NPI; rows of an NPI the file gave before, apart from these, add to them.
/// </summary>
public sealed class PracticeLocationSource(string path) : IImportSource
{
    public const string RunKind = "nppes-pl";

    private PracticeLocationLayout? _layout;
    private long? _total;

    public string Kind => RunKind;
    public string Path => path;
    public long TotalBytes => _total ??= new FileInfo(path).Length;

    /// <summary>The practice location file of CMS's ZIP downloads (<c>pl_pfile_20050523-20250608.csv</c>), not its header-only copy.</summary>
    public static readonly ArchiveEntry DataEntry = new("pl_pfile_….csv practice location file", name =>
        name.StartsWith("pl_pfile", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        && !name.Contains("fileheader", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="path"/> is a ZIP archive holding a practice location file.</summary>
    public static bool InArchive(string path) =>
        PublishedFile.ArchiveFiles(path)?.Any(e => DataEntry.Fits(System.IO.Path.GetFileName(e))) == true;

    /// <summary>
    /// Whether the file is a practice location file to import on its own: a plain or gzip file with its header, or a ZIP
    /// archive holding one and no npidata file (CMS's download is read as its npidata file, the practice locations after).
    /// </summary>
    public static bool HasHeader(string path)
    {
        if (PublishedFile.ArchiveFiles(path) is { } entries)
            return entries.Any(e => DataEntry.Fits(System.IO.Path.GetFileName(e)))
                && !entries.Any(e => NppesFileSource.DataEntry.Fits(System.IO.Path.GetFileName(e)));
        if (PublishedFile.Problem(path, DataEntry) is not null) return false;
        using var stream = PublishedFile.Open(path, DataEntry);
        using var reader = Text(stream).Rows();
        return PracticeLocationLayout.IsPracticeLocationHeader(reader.Header.ColNames);
    }

    private static BoundedCsvText Text(Stream stream) => NppesCsvHeader.Text(stream);

    public string? Open()
    {
        var problem = NppesCsvHeader.Open(path, DataEntry, PracticeLocationLayout.From, "NPPES practice location (pl_pfile)", out _layout,
            out var total);
        if (total > 0) _total = total;
        return problem;
    }

    public IEnumerable<ImportBatch> Read(long skipThroughLine, int batchSize, CancellationToken ct)
    {
        if (_layout is null && Open() is { } problem) throw new InvalidDataException(problem);
        var parser = new PracticeLocationRowParser(_layout!);
        using var stream = PublishedFile.Open(path, DataEntry);
        using var text = Text(stream);
        using var reader = text.Rows();
        var batch = new ImportBatch();
        var given = new NpiSet();
        PracticeLocationGroup? group = null;
        long lastLine = 1;
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            lastLine = row.LineNumberToExcl - 1;
            var runaway = text.Runaway(line);
            if (CsvRowShape.IsEmpty(row) && runaway is null) continue;
            if (line <= skipThroughLine)
            {
                // Committed before the checkpoint (which falls between NPIs): read again only for the NPIs these rows gave.
                if (runaway is null && parser.Parse(row, line).Location is { } before) given.Add(before.Npi);
                continue;
            }
            if (runaway is not null)
            {
                batch.Errors.Add(new RowError(line, "(row)", runaway));
                continue;
            }
            var (location, error) = parser.Parse(row, line);
            if (location is null)
            {
                if (error is not null) batch.Errors.Add(error);
                continue;
            }
            if (group?.Npi != location.Npi)
            {
                if (group is not null) batch.Locations.Add(group);
                // A batch ends between two NPIs' rows, so that each NPI's rows are written (and committed) together.
                if (batch.Rows >= batchSize)
                {
                    ct.ThrowIfCancellationRequested();
                    batch.LastLine = line - 1;
                    batch.BytesRead = stream.Done;
                    yield return batch;
                    batch = new ImportBatch();
                }
                group = new PracticeLocationGroup(location.Npi, Continues: !given.Add(location.Npi));
            }
            group.Rows.Add(location);
        }
        if (group is not null) batch.Locations.Add(group);
        if (stream.Damage is { } damage) batch.Errors.Add(new RowError(lastLine, "(file)", damage));
        batch.LastLine = lastLine;
        batch.BytesRead = TotalBytes;
        yield return batch;
    }
}
