using System.Text;
using Liaison.Core.Impact.Engine;

namespace Liaison.Tests.Impact;

/// <summary>The k-d tree finds what comparing every pair finds, and ids are ordered as SQL's binary collation orders them.</summary>
public sealed class NearestNeighbourTests
{
    [Fact]
    public void Tree_finds_the_same_nearest_points_as_comparing_every_pair()
    {
        var rng = new Random(3);
        const int n = 5_000, dims = 3, k = 4;
        var points = Enumerable.Range(0, n * dims).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
        var tree = new KdTree(points, dims, Enumerable.Range(0, n).ToArray());
        var (distances, ids) = (new double[k], new int[k]);
        for (var q = 0; q < 200; q++)
        {
            var query = Enumerable.Range(0, dims).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
            const double max = 0.05;
            var expected = Enumerable.Range(0, n)
                .Select(i => (D: Enumerable.Range(0, dims).Sum(d => (query[d] - points[i * dims + d]) * (query[d] - points[i * dims + d])), Id: i))
                .Where(p => p.D <= max).OrderBy(p => p.D).Take(k).Select(p => p.Id).ToArray();
            var count = tree.Nearest(query, distances, ids, max);
            Assert.Equal(expected, ids[..count]);
        }
    }

    [Fact]
    public void Ids_are_ordered_by_their_utf8_bytes()
    {
        string[] ids = ["b", "a", "ab", "é", "z", "\uFF21", "😀", "\uE000", "A"];
        var expected = ids.OrderBy(s => Encoding.UTF8.GetBytes(s), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y))).ToArray();
        Assert.Equal(expected, ids.Order(Comparer<string>.Create(StoredSummaries.CodePointOrder)).ToArray());
    }
}
