namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The second pass over an outcomes file (matched design), for one worker's parts of it: per-cluster monthly sums with
/// each subject's matching weight; the lines of subjects outside the matched sample (weight 0) are not parsed.
/// </summary>
internal sealed class WeightedCells(SubjectKeys keys, SubjectWindows[] subjects, double[] weight, AnalysisWindows w) : IOutcomeRows
{
    private readonly int _months = w.Pre + w.Post;
    private readonly SubjectSequence _sequence = new();
    private int _current = -1;
    private double _weight;
    private int _cell;

    public ClusterSums Cells { get; } = new(w.Pre + w.Post);
    public long UnknownRows { get; private set; }

    public bool Subject(ReadOnlySpan<byte> id)
    {
        var n = _sequence.After(_current);
        if (n < 0 || !keys.Key(n).SequenceEqual(id))
        {
            n = keys.Find(id, SubjectHash.Of(id));
            if (n < 0) { (_weight, _current) = (0, -1); UnknownRows++; return false; }
            _sequence.Follow(_current, n);
        }
        _current = n;
        _weight = weight[n];
        _cell = Cells.Start(subjects[n].Cluster, subjects[n].Treated);
        return _weight != 0;
    }

    public void Row(int month, long events, double exposure)
    {
        var idx = month - w.FirstMonth;
        if ((uint)idx >= (uint)_months) return;
        Cells.Events[_cell + idx] += _weight * events;
        Cells.Exposure[_cell + idx] += _weight * exposure;
    }

    public void Bad() => UnknownRows++;
}
