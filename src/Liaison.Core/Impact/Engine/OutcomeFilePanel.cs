using System.Text;

namespace Liaison.Core.Impact.Engine;

/// <summary>
/// <c>outcomes.csv</c> of the contract aggregated by a parallel pass over its bytes (<see cref="OutcomeFileScan"/>):
/// one pass gives every subject's window totals, every rule's offenders and, for the unweighted design, the
/// per-cluster monthly sums; the matched design reads the file once more with the matching weights.
/// </summary>
/// <remarks>
/// Why not DuckDB's <c>read_csv</c> here: measured on 24M rows, DuckDB's GROUP BY of the rows by subject with the
/// month index and the rules costs 1.6× the CPU of the bare four-cell GROUP BY, before any per-cluster sums or
/// anything in .NET; this pass does all of it in about 0.5× (the impact benchmark's anchor).
/// </remarks>
public sealed class OutcomeFilePanel : OutcomePanel
{
    private const int MaxDuplicatedSubjects = 1000;
    private readonly string _path;
    private readonly OutcomeFileScan _scan;
    private readonly (long Length, DateTime Written) _version;
    private SubjectKeys? _treated;
    private WindowTotals? _totals;
    private int[] _subjects = [];

    private OutcomeFilePanel(string path, OutcomeFileScan scan)
    {
        _path = path;
        _scan = scan;
        _version = Version(path);
        SourceName = Path.GetFileName(path);
    }

    public override string SourceName { get; }

    /// <summary>Reads <c>outcomes.csv</c> of the contract; the header is checked here, the rows by the passes.</summary>
    public static OutcomeFilePanel Open(string path) => Open(path, OutcomeFileScan.PartBytes);

    /// <param name="partBytes">How much of the file each parallel part reads (tests cut small files into many).</param>
    internal static OutcomeFilePanel Open(string path, int partBytes)
    {
        int[] columns;
        int fields;
        using (var csv = new CsvLines(path))
        {
            if (csv.Compressed)
                throw new ImpactInputException([new InputProblem(csv.Name, 1, "the file is compressed: an analysis of files reads the outcomes "
                    + "file in parallel parts by byte ranges, so decompress it first (gunzip FILE, unzip FILE), or import it as a dataset "
                    + "(liaison import outcomes), which reads it compressed")]);
            columns = csv.Require("subject_id", "period", "events", "exposure");
            fields = csv.Header.Count;
        }
        return new OutcomeFilePanel(path, new OutcomeFileScan(path, DataStart(path), fields, columns, partBytes));
    }

    public override Task LoadTreatedAsync(IReadOnlyList<Exposure> exposures, CancellationToken ct)
    {
        _treated = new SubjectKeys();
        foreach (var e in exposures)
        {
            var id = Encoding.UTF8.GetBytes(e.SubjectId);
            _treated.GetOrAdd(id, SubjectHash.Of(id), out _);
        }
        return Task.CompletedTask;
    }

    public override async Task<PanelCounts> SummariseAsync(AnalysisWindows w, CancellationToken ct)
    {
        var workers = await Task.Run(() => _scan.Run(() => new WindowTotals(w, _treated), ct), ct);
        var totals = _totals = workers[0];
        foreach (var other in workers.Skip(1)) totals.Add(other);
        int treated = 0, controls = 0, duplicated = 0;
        var inWindows = new List<int>(totals.Keys.Count);
        for (var n = 0; n < totals.Keys.Count; n++)
        {
            var s = totals.Subjects[n];
            if (s.Duplicated) duplicated++;
            if (s.Rows == 0) continue;
            inWindows.Add(n);
            if (s.Treated) treated++;
            else controls++;
        }
        _subjects = inWindows.ToArray();
        totals.Keys.SortByKey(_subjects);
        return new PanelCounts(totals.Rows, totals.BadRows, duplicated, treated, controls, UnknownExposed(totals.Keys));
    }

    private List<string> UnknownExposed(SubjectKeys seen)
    {
        if (_treated is null) return [];
        var unknown = Enumerable.Range(0, _treated.Count).Where(t => seen.Find(_treated.Key(t), _treated.Hash(t)) < 0).ToArray();
        _treated.SortByKey(unknown);
        return unknown.Take(20).Select(t => Encoding.UTF8.GetString(_treated.Key(t))).ToList();
    }

    public override Task<IReadOnlyList<InputProblem>> LocateProblemsAsync(PanelCounts counts, AnalysisWindows w, CancellationToken ct)
    {
        var totals = Totals;
        var duplicated = Enumerable.Range(0, totals.Keys.Count).Where(n => totals.Subjects[n].Duplicated).ToArray();
        totals.Keys.SortByKey(duplicated);
        var names = duplicated.Take(MaxDuplicatedSubjects).Select(n => Encoding.UTF8.GetString(totals.Keys.Key(n))).ToHashSet(StringComparer.Ordinal);
        var problems = OutcomeFileProblems.Locate(_path, w, names);
        return Task.FromResult<IReadOnlyList<InputProblem>>(problems.Count > 0 || counts.BadRows + counts.SubjectsWithDuplicates == 0 ? problems :
            [new InputProblem(SourceName, 0, "some lines break the file contract but could not be located (check line endings and quoting)")]);
    }

    public override Task<IReadOnlyList<SubjectSummary>> SubjectsAsync(CancellationToken ct)
    {
        var totals = Totals;
        var list = new SubjectSummary[_subjects.Length];
        for (var i = 0; i < list.Length; i++)
        {
            var s = totals.Subjects[_subjects[i]];
            list[i] = new SubjectSummary(Encoding.UTF8.GetString(totals.Keys.Key(_subjects[i])), s.Treated, s.PreEvents, s.PreExposure,
                s.PostEvents, s.PostExposure);
        }
        return Task.FromResult<IReadOnlyList<SubjectSummary>>(list);
    }

    public override async Task<IReadOnlyList<ClusterCell>> CellsAsync(double[]? weights, AnalysisWindows w, CancellationToken ct)
    {
        var totals = Totals;
        if (weights is null) return totals.Cells.ToCells(w);
        if (Version(_path) != _version) throw new ImpactInputException($"{SourceName} changed during the analysis; run it again.");
        var byNumber = new double[totals.Keys.Count];
        for (var i = 0; i < _subjects.Length; i++) byNumber[_subjects[i]] = weights[i];
        var workers = await Task.Run(() => _scan.Run(() => new WeightedCells(totals.Keys, totals.Subjects, byNumber, w), ct), ct);
        if (workers.Any(x => x.UnknownRows > 0) || Version(_path) != _version)
            throw new ImpactInputException($"{SourceName} changed during the analysis; run it again.");
        foreach (var other in workers.Skip(1)) workers[0].Cells.Add(other.Cells);
        return workers[0].Cells.ToCells(w);
    }

    private WindowTotals Totals => _totals ?? throw new InvalidOperationException("Summarise the outcomes first.");

    /// <summary>The byte offset of the first data line: after the header line (and a UTF-8 byte order mark).</summary>
    private static long DataStart(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        for (long at = 0; ; at++)
        {
            var b = s.ReadByte();
            if (b < 0 || b == '\n') return at + 1;
        }
    }

    private static (long, DateTime) Version(string path)
    {
        var info = new FileInfo(path);
        return (info.Length, info.LastWriteTimeUtc);
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
