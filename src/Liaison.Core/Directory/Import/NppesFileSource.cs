using Liaison.Core.Common;
using Liaison.Core.Directory.Registry;
using nietras.SeparatedValues;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// An NPPES "npidata_pfile" CSV (monthly full replacement or weekly incremental, either layout), streamed with Sep:
/// one row in memory at a time, batches handed on as they fill. An NPI given twice keeps its first row (<see cref="NpiSet"/>).
/// The file may be gzip-compressed, or CMS's ZIP download itself, its data entry read straight from the archive.
/// </summary>
public sealed class NppesFileSource(string path) : IImportSource
{
    private NppesLayout? _layout;

    public string Kind => "nppes";
    public string Path => path;
    private long? _total;

    /// <summary>The data entry's text for a ZIP (the archive gives its size), else the file's bytes (compressed for gzip).</summary>
    public long TotalBytes => _total ??= new FileInfo(path).Length;

    /// <summary>
    /// The data file of CMS's ZIP downloads (<c>NPPES_Data_Dissemination_…zip</c>, monthly or weekly, V1 or V2):
    /// <c>npidata_pfile_20050523-20250608.csv</c>, not its header-only <c>…_fileheader.csv</c> copy nor the other name,
    /// practice location and endpoint files, the code values or the readme beside it.
    /// </summary>
    public static readonly ArchiveEntry DataEntry = new("npidata_pfile_….csv data file", name =>
        name.StartsWith("npidata_pfile", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        && !name.Contains("fileheader", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The longest record read (see <see cref="BoundedCsvText"/>): NPPES values carry no line breaks and a data row is about
    /// 1.5 KB (the 330 names of the header, 12 KB), so a record still open past 32 KiB is a stray quote running on, not data.
    /// A re-saved copy that wraps a value onto a second line is still read.
    /// </summary>
    internal const int MaxRecordChars = 32 * 1024;

    private static BoundedCsvText Text(Stream stream) => NppesCsvHeader.Text(stream);

    public string? Open()
    {
        var problem = NppesCsvHeader.Open(path, DataEntry, NppesLayout.From, "NPPES npidata", out _layout, out var total);
        if (total > 0) _total = total;
        return problem;
    }

    public IEnumerable<ImportBatch> Read(long skipThroughLine, int batchSize, CancellationToken ct)
    {
        if (_layout is null && Open() is { } problem) throw new InvalidDataException(problem);
        var parser = new NppesRowParser(_layout!);
        using var stream = PublishedFile.Open(path, DataEntry);
        using var text = Text(stream);
        using var reader = text.Rows();
        var batch = new ImportBatch();
        var given = new NpiSet();
        long lastLine = 1;
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            lastLine = row.LineNumberToExcl - 1;
            var runaway = text.Runaway(line);
            if (line <= skipThroughLine)
            {
                // Imported before the checkpoint: read again only for the NPIs these rows gave, so repeats after it are caught.
                if (runaway is null) Parse(row, line, parser, given);
                continue;
            }
            // A stray quote's row is reported; the lines it ran into are read on their own.
            if (runaway is not null) batch.Errors.Add(new RowError(line, "(row)", runaway));
            else
            {
                var (record, error) = Parse(row, line, parser, given);
                if (record is not null) batch.Records.Add(record);
                else if (error is not null) batch.Errors.Add(error);
            }
            batch.LastLine = row.LineNumberToExcl - 1;
            if (batch.Rows >= batchSize)
            {
                ct.ThrowIfCancellationRequested();
                batch.BytesRead = stream.Done;
                yield return batch;
                batch = new ImportBatch();
            }
        }
        // A damaged or cut-off archive ends its text like a cut-off file; the rows before stand, and the damage is reported.
        if (stream.Damage is { } damage) batch.Errors.Add(new RowError(Math.Max(batch.LastLine, lastLine), "(file)", damage));
        batch.BytesRead = TotalBytes;
        yield return batch;
    }

    /// <summary>The row's record, or why it is not imported (a later row of an NPI among them); neither for a blank line.</summary>
    private static (ProviderRecord? Record, RowError? Error) Parse(SepReader.Row row, long line, NppesRowParser parser, NpiSet given)
    {
        // Blank lines (a trailing newline or two) and a spreadsheet's empty rows (nothing but commas and quotes) are not records.
        if (!row.Span.ContainsAnyExcept(EmptyRow)) return (null, null);
        var (record, error) = parser.Parse(row, line);
        return record is null || given.Add(record.Npi!) ? (record, error) : (null, new RowError(line, "NPI", Repeat(record.Npi!)));
    }

    private static readonly System.Buffers.SearchValues<char> EmptyRow = System.Buffers.SearchValues.Create(", \"\t\r\n");

    private static string Repeat(string npi) =>
        $"NPI {npi} is given on an earlier row of this file: a file lists each NPI once, so that first row stands and this one is not imported";
}
