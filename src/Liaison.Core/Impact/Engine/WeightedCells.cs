namespace Liaison.Core.Impact.Engine;

/// <summary>
/// The second pass over an outcomes file (matched design), for one part of it: per-cluster monthly sums with each
/// subject's matching weight; subjects outside the matched sample (weight 0) are skipped.
/// </summary>
internal sealed class WeightedCells(SubjectKeys keys, SubjectWindows[] subjects, double[] weight, AnalysisWindows w) : IOutcomeRows
{
    private readonly int _months = w.Pre + w.Post;
    private double _weight;
    private int _cell;

    public ClusterSums Cells { get; } = new(w.Pre + w.Post);
    public long UnknownRows { get; private set; }

    public void Subject(ReadOnlySpan<byte> id)
    {
        var hash = SubjectHash.Of(id);
        var n = keys.Find(id, hash);
        if (n < 0) { _weight = 0; UnknownRows++; return; }
        _weight = weight[n];
        _cell = Cells.Start(SubjectHash.Cluster(hash), subjects[n].Treated);
    }

    public void Row(int month, long events, double exposure)
    {
        if (_weight == 0) return;
        var idx = month - w.FirstMonth;
        if ((uint)idx >= (uint)_months) return;
        Cells.Events[_cell + idx] += _weight * events;
        Cells.Exposure[_cell + idx] += _weight * exposure;
    }

    public void Bad() => UnknownRows++;

    public void Clear()
    {
        Cells.Clear();
        UnknownRows = 0;
    }
}
