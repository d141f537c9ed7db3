namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Nearest neighbours among a few standardised dimensions: a k-d tree laid out in one index array (median
/// splits found by quickselect), so a million controls are searched without comparing every pair. Once built, the
/// points are copied in tree order, so a search reads neighbouring memory rather than jumping through the ids.
/// </summary>
internal sealed class KdTree
{
    private const int Leaf = 8;
    private readonly double[] _points;
    private readonly int[] _order;
    private readonly int _dims;
    private readonly double[] _inOrder; // the point at _order[i] is _inOrder[i * _dims ..]

    /// <param name="points">Row-major, <paramref name="dims"/> values per point.</param>
    /// <param name="ids">The points' ids, in the order ties are to be broken.</param>
    public KdTree(double[] points, int dims, int[] ids)
    {
        _points = points;
        _dims = dims;
        _order = ids;
        Build(0, ids.Length, 0);
        _inOrder = new double[ids.Length * dims];
        for (var i = 0; i < ids.Length; i++) points.AsSpan(ids[i] * dims, dims).CopyTo(_inOrder.AsSpan(i * dims));
    }

    public int Count => _order.Length;

    private double At(int id, int dim) => _points[id * _dims + dim];

    private void Build(int lo, int hi, int depth)
    {
        if (hi - lo <= Leaf) return;
        var dim = depth % _dims;
        var mid = (lo + hi) / 2;
        Select(lo, hi - 1, mid, dim);
        Build(lo, mid, depth + 1);
        Build(mid + 1, hi, depth + 1);
    }

    private void Select(int lo, int hi, int k, int dim)
    {
        while (hi > lo)
        {
            var pivot = At(_order[(lo + hi) / 2], dim);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (At(_order[i], dim) < pivot) i++;
                while (At(_order[j], dim) > pivot) j--;
                if (i <= j) { (_order[i], _order[j]) = (_order[j], _order[i]); i++; j--; }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return;
        }
    }

    /// <summary>
    /// The up-to-k nearest points within squared distance <paramref name="maxDistance2"/>, nearest first (a tie keeps
    /// the point found first): their ids in <paramref name="ids"/>, their number returned. k is the spans' length.
    /// </summary>
    public int Nearest(ReadOnlySpan<double> query, Span<double> distances2, Span<int> ids, double maxDistance2)
    {
        var best = new Best(distances2, ids);
        Search(0, _order.Length, 0, query, maxDistance2, ref best);
        return best.Count;
    }

    private ref struct Best(Span<double> d, Span<int> ids)
    {
        public readonly Span<double> D = d;
        public readonly Span<int> Ids = ids;
        public int Count;

        public readonly bool Full => Count == D.Length;

        public void Offer(double d2, int id)
        {
            if (Full && d2 >= D[Count - 1]) return;
            var at = Full ? Count - 1 : Count++;
            while (at > 0 && D[at - 1] > d2)
            {
                D[at] = D[at - 1];
                Ids[at] = Ids[at - 1];
                at--;
            }
            (D[at], Ids[at]) = (d2, id);
        }
    }

    private void Search(int lo, int hi, int depth, ReadOnlySpan<double> q, double max, ref Best best)
    {
        if (hi - lo <= Leaf)
        {
            for (var i = lo; i < hi; i++) Offer(i, q, max, ref best);
            return;
        }
        var dim = depth % _dims;
        var mid = (lo + hi) / 2;
        Offer(mid, q, max, ref best);
        var diff = q[dim] - _inOrder[mid * _dims + dim];
        var (near, far) = diff < 0 ? ((lo, mid), (mid + 1, hi)) : ((mid + 1, hi), (lo, mid));
        Search(near.Item1, near.Item2, depth + 1, q, max, ref best);
        var worst = best.Full ? best.D[best.Count - 1] : max;
        if (diff * diff <= worst) Search(far.Item1, far.Item2, depth + 1, q, max, ref best);
    }

    private void Offer(int at, ReadOnlySpan<double> q, double max, ref Best best)
    {
        var p = _inOrder.AsSpan(at * _dims, _dims);
        double d2 = 0;
        for (var j = 0; j < p.Length; j++)
        {
            var t = q[j] - p[j];
            d2 += t * t;
        }
        if (d2 > max) return;
        best.Offer(d2, _order[at]);
    }
}
