namespace Liaison.Core.Impact.Engine;

/// <summary>One subject's rows in the windows: totals per window and which months were seen (a 64-bit month mask).</summary>
internal struct SubjectWindows
{
    public long PreEvents;
    public long PostEvents;
    public double PreExposure;
    public double PostExposure;
    public ulong Months;
    public int Rows;
    public short Cluster;
    public bool Duplicated;
    public bool Treated;
}

/// <summary>
/// The first pass over an outcomes file, for one worker's parts of it or (workers added in order) the whole:
/// per-subject window totals (subjects numbered by <see cref="SubjectKeys"/>), per-cluster monthly sums by arm (all the
/// unweighted design needs), and counts.
/// </summary>
internal sealed class WindowTotals : IOutcomeRows
{
    private readonly SubjectKeys? _treated;
    private readonly AnalysisWindows _w;
    private readonly int _months;
    private readonly SubjectSequence _sequence = new();
    private int _current = -1;
    private int _cell;

    public WindowTotals(AnalysisWindows w, SubjectKeys? treated)
    {
        (_w, _treated, _months) = (w, treated, w.Pre + w.Post);
        Cells = new ClusterSums(_months);
    }

    public SubjectKeys Keys { get; } = new();
    public SubjectWindows[] Subjects { get; private set; } = new SubjectWindows[256];
    public ClusterSums Cells { get; }
    public long Rows { get; private set; }
    public long BadRows { get; private set; }

    public bool Subject(ReadOnlySpan<byte> id)
    {
        var n = _sequence.After(_current);
        if (n < 0 || !Keys.Key(n).SequenceEqual(id))
        {
            var hash = SubjectHash.Of(id);
            n = Keys.GetOrAdd(id, hash, out var added);
            if (added) Add(n, new SubjectWindows { Cluster = (short)SubjectHash.Cluster(hash), Treated = _treated?.Find(id, hash) >= 0 });
            _sequence.Follow(_current, n);
        }
        _current = n;
        _cell = Cells.Start(Subjects[n].Cluster, Subjects[n].Treated);
        return true;
    }

    public void Row(int month, long events, double exposure)
    {
        Rows++;
        var idx = month - _w.FirstMonth;
        if ((uint)idx >= (uint)_months) return;
        ref var s = ref Subjects[_current];
        var bit = 1UL << idx;
        if ((s.Months & bit) != 0) s.Duplicated = true;
        s.Months |= bit;
        s.Rows++;
        if (idx < _w.Pre) { s.PreEvents += events; s.PreExposure += exposure; }
        else { s.PostEvents += events; s.PostExposure += exposure; }
        Cells.Events[_cell + idx] += events;
        Cells.Exposure[_cell + idx] += exposure;
    }

    public void Bad()
    {
        Rows++;
        BadRows++;
    }

    /// <summary>Adds another worker's totals; a subject-month seen by both is a duplicate too.</summary>
    public void Add(WindowTotals other)
    {
        var previous = -1;
        for (var n = 0; n < other.Keys.Count; n++)
        {
            var p = other.Subjects[n];
            var m = _sequence.After(previous);
            if (m < 0 || !Keys.Key(m).SequenceEqual(other.Keys.Key(n)))
            {
                m = Keys.GetOrAdd(other.Keys.Key(n), other.Keys.Hash(n), out var added);
                _sequence.Follow(previous, m);
                if (added) { Add(m, p); previous = m; continue; }
            }
            previous = m;
            ref var s = ref Subjects[m];
            s.Duplicated |= p.Duplicated || (s.Months & p.Months) != 0;
            s.Months |= p.Months;
            s.Rows += p.Rows;
            s.PreEvents += p.PreEvents;
            s.PreExposure += p.PreExposure;
            s.PostEvents += p.PostEvents;
            s.PostExposure += p.PostExposure;
        }
        Cells.Add(other.Cells);
        Rows += other.Rows;
        BadRows += other.BadRows;
    }

    private void Add(int n, SubjectWindows s)
    {
        if (n == Subjects.Length)
        {
            var larger = Subjects;
            Array.Resize(ref larger, n * 2);
            Subjects = larger;
        }
        Subjects[n] = s;
    }
}
