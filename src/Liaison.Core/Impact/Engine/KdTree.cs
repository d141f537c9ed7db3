namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Nearest neighbours among a few standardised dimensions: a k-d tree laid out in one index array (median
/// splits found by quickselect), so a million controls are searched without comparing every pair.
/// </summary>
internal sealed class KdTree
{
    private const int Leaf = 8;
    private readonly double[] _points;
    private readonly int[] _order;
    private readonly int _dims;

    /// <param name="points">Row-major, <paramref name="dims"/> values per point.</param>
    /// <param name="ids">The points' ids, in the order ties are to be broken.</param>
    public KdTree(double[] points, int dims, int[] ids)
    {
        _points = points;
        _dims = dims;
        _order = ids;
        Build(0, ids.Length, 0);
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

    /// <summary>The up-to-<paramref name="k"/> nearest points within squared distance <paramref name="maxDistance2"/>.</summary>
    public List<(double Distance2, int Id)> Nearest(ReadOnlySpan<double> query, int k, double maxDistance2)
    {
        var best = new List<(double, int)>(k + 1);
        Search(0, _order.Length, 0, query, k, maxDistance2, best);
        return best;
    }

    private void Search(int lo, int hi, int depth, ReadOnlySpan<double> q, int k, double max, List<(double D, int Id)> best)
    {
        if (hi - lo <= Leaf)
        {
            for (var i = lo; i < hi; i++) Offer(_order[i], q, k, max, best);
            return;
        }
        var dim = depth % _dims;
        var mid = (lo + hi) / 2;
        var id = _order[mid];
        Offer(id, q, k, max, best);
        var diff = q[dim] - At(id, dim);
        var (near, far) = diff < 0 ? ((lo, mid), (mid + 1, hi)) : ((mid + 1, hi), (lo, mid));
        Search(near.Item1, near.Item2, depth + 1, q, k, max, best);
        var worst = best.Count == k ? best[^1].D : max;
        if (diff * diff <= worst) Search(far.Item1, far.Item2, depth + 1, q, k, max, best);
    }

    private void Offer(int id, ReadOnlySpan<double> q, int k, double max, List<(double D, int Id)> best)
    {
        double d2 = 0;
        for (var j = 0; j < _dims; j++)
        {
            var t = q[j] - At(id, j);
            d2 += t * t;
        }
        if (d2 > max || (best.Count == k && d2 >= best[^1].D)) return;
        var at = best.Count;
        while (at > 0 && best[at - 1].D > d2) at--;
        best.Insert(at, (d2, id));
        if (best.Count > k) best.RemoveAt(k);
    }
}
