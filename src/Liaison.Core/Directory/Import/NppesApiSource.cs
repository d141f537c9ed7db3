using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Saved NPI Registry API answers (<see cref="NppesApiAnswers"/>) imported as NPPES records (<see cref="NppesApiMapper"/>):
/// the same upsert by NPI, report and resumable run as the registry's file. An NPI given twice keeps its first result.
/// The checkpoint counts results. An answer's problems (an error answer among others, a cut-short one) are reported on
/// their line with the results.
/// </summary>
public sealed class NppesApiSource(string path) : IImportSource
{
    private NppesApiAnswers? _answers;

    public string Kind => "nppes";
    public string Path => path;
    public long TotalBytes => new FileInfo(path).Length;

    public string? Open()
    {
        if (_answers is not null) return null;
        if (TextInput.Problem(path) is { } unreadable) return unreadable;
        var (answers, problem) = NppesApiAnswers.Read(TextInput.Utf8Bytes(PublishedBytes.ReadAll(path)));
        _answers = answers;
        return problem;
    }

    public IEnumerable<ImportBatch> Read(long skipThroughLine, int batchSize, CancellationToken ct)
    {
        if (_answers is null && Open() is { } problem) throw new InvalidDataException(problem);
        var batch = new ImportBatch();
        var given = new NpiSet();
        // An answer's problems are reported in line order among its results' (once: those before a checkpoint were).
        var problems = new Queue<RowError>(_answers!.Problems.OrderBy(p => p.Line));
        foreach (var result in _answers.Results)
        {
            while (problems.TryPeek(out var p) && p.Line < result.Line)
                if (result.Position > skipThroughLine) batch.Errors.Add(problems.Dequeue()); else problems.Dequeue();
            using var json = JsonDocument.Parse(result.Json);
            var (record, error) = NppesApiMapper.Map(json.RootElement, result.Line);
            var repeated = record is not null && !given.Add(record.Npi!);
            if (result.Position <= skipThroughLine) continue; // imported before the checkpoint: read only for the NPIs it gave
            if (repeated)
                batch.Errors.Add(new RowError(result.Line, "number", $"NPI {record!.Npi} is given by an earlier result of this file: that first result stands and this one is not imported"));
            else if (record is not null) batch.Records.Add(record);
            else batch.Errors.Add(error!);
            batch.LastLine = result.Position;
            if (batch.Rows >= batchSize)
            {
                ct.ThrowIfCancellationRequested();
                yield return batch;
                batch = new ImportBatch();
            }
        }
        batch.Errors.AddRange(problems);
        batch.BytesRead = TotalBytes;
        yield return batch;
    }
}
