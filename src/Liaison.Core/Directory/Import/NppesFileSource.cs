using Liaison.Core.Common;
using Liaison.Core.Directory.Registry;
using nietras.SeparatedValues;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// An NPPES "npidata_pfile" CSV (monthly full replacement or weekly incremental, either layout), streamed with Sep:
/// one row in memory at a time, batches handed on as they fill.
/// </summary>
public sealed class NppesFileSource(string path) : IImportSource
{
    private NppesLayout? _layout;

    public string Kind => "nppes";
    public string Path => path;
    public long TotalBytes => new FileInfo(path).Length;

    private static SepReaderOptions Options => Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true });

    public string? Open()
    {
        if (TextInput.Problem(path) is { } unreadable) return unreadable;
        using var reader = Options.From(TextInput.Reader(File.OpenRead(path)));
        if (reader.Header.ColNames.Count == 0) return "the file is empty: expected the NPPES header row";
        var (layout, missing) = NppesLayout.From(reader.Header.ColNames);
        _layout = layout;
        return layout is null
            ? $"not an NPPES npidata file: the header lacks {string.Join(", ", missing.Take(5).Select(m => $"'{m}'"))}{(missing.Count > 5 ? $" and {missing.Count - 5} more" : "")}"
            : null;
    }

    public IEnumerable<ImportBatch> Read(long skipThroughLine, int batchSize, CancellationToken ct)
    {
        if (_layout is null && Open() is { } problem) throw new InvalidDataException(problem);
        var parser = new NppesRowParser(_layout!);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = Options.From(TextInput.Reader(stream, leaveOpen: true));
        var batch = new ImportBatch();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (line <= skipThroughLine) continue;
            if (CsvRowShape.Runaway(row, parser.Layout.ColumnCount) is { } runaway) AddRunaway(runaway, line, parser, batch);
            else Add(row, line, parser, batch);
            batch.LastLine = row.LineNumberToExcl - 1;
            if (batch.Rows >= batchSize)
            {
                ct.ThrowIfCancellationRequested();
                batch.BytesRead = stream.Position;
                yield return batch;
                batch = new ImportBatch();
            }
        }
        batch.BytesRead = TotalBytes;
        yield return batch;
    }

    private static void Add(SepReader.Row row, long line, NppesRowParser parser, ImportBatch batch)
    {
        // Blank lines (a trailing newline or two, a spreadsheet's empty rows) are not records.
        if (row.ColCount == 1 && row[0].Span.IsWhiteSpace()) return;
        var (record, error) = parser.Parse(row, line);
        if (record is not null) batch.Records.Add(record);
        else batch.Errors.Add(error!);
    }

    /// <summary>A stray quote's row is reported and the lines it swallowed are read again, so they are not lost with it.</summary>
    private static void AddRunaway(string runaway, long line, NppesRowParser parser, ImportBatch batch)
    {
        batch.Errors.Add(new RowError(line, "(row)", CsvRowShape.RunawayReason));
        using var rest = CsvRowShape.LinesAfterFirst(runaway);
        foreach (var row in rest)
        {
            var at = line + row.LineNumberFrom;
            if (CsvRowShape.Runaway(row, parser.Layout.ColumnCount) is { } again) AddRunaway(again, at, parser, batch);
            else Add(row, at, parser, batch);
        }
    }
}
