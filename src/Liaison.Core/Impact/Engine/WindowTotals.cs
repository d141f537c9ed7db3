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
    public bool Duplicated;
    public bool Treated;
}

/// <summary>
/// The first pass over an outcomes file, for one part of it or (parts added in file order) the whole: per-subject
/// window totals (subjects numbered by <see cref="SubjectKeys"/>), per-cluster monthly sums by arm (all the
/// unweighted design needs), and counts.
/// </summary>
internal sealed class WindowTotals : IOutcomeRows
{
    private readonly SubjectKeys? _treated;
    private readonly AnalysisWindows _w;
    private readonly int _months;
    private int _current;
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

    public void Subject(ReadOnlySpan<byte> id)
    {
        var hash = SubjectHash.Of(id);
        _current = Keys.GetOrAdd(id, hash, out var added);
        if (added)
        {
            if (_current == Subjects.Length) Grow();
            Subjects[_current] = new SubjectWindows { Treated = _treated?.Find(id, hash) >= 0 };
        }
        _cell = Cells.Start(SubjectHash.Cluster(hash), Subjects[_current].Treated);
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

    public void Clear()
    {
        Keys.Clear();
        Array.Clear(Subjects);
        Cells.Clear();
        (Rows, BadRows) = (0, 0);
    }

    /// <summary>Adds a later part of the file; a subject-month seen in both is a duplicate too.</summary>
    public void Add(WindowTotals part)
    {
        for (var n = 0; n < part.Keys.Count; n++)
        {
            var m = Keys.GetOrAdd(part.Keys.Key(n), part.Keys.Hash(n), out var added);
            if (m == Subjects.Length) Grow();
            ref var s = ref Subjects[m];
            var p = part.Subjects[n];
            if (added) { s = p; continue; }
            s.Duplicated |= p.Duplicated || (s.Months & p.Months) != 0;
            s.Months |= p.Months;
            s.Rows += p.Rows;
            s.PreEvents += p.PreEvents;
            s.PreExposure += p.PreExposure;
            s.PostEvents += p.PostEvents;
            s.PostExposure += p.PostExposure;
        }
        Cells.Add(part.Cells);
        Rows += part.Rows;
        BadRows += part.BadRows;
    }

    private void Grow()
    {
        var larger = Subjects;
        Array.Resize(ref larger, Subjects.Length * 2);
        Subjects = larger;
    }
}
