using Liaison.Core.Directory.Search;

namespace Liaison.Tests.Directory;

public sealed class FuzzyNameTests
{
    /// <summary>The definition: the distance to each prefix of about the word's length, computed one by one.</summary>
    private static int ByDefinition(string word, string name)
    {
        var best = int.MaxValue;
        for (var k = Math.Max(1, word.Length - 1); k <= Math.Min(name.Length, word.Length + 1); k++)
            best = Math.Min(best, Osa(word, name[..k]));
        return best;
    }

    private static int Osa(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    [Fact]
    public void Prefix_distance_in_one_table_equals_the_distance_to_each_prefix()
    {
        var random = new Random(5);
        string Word(int min, int max) => new(Enumerable.Range(0, random.Next(min, max)).Select(_ => "ABCEILNORS"[random.Next(10)]).ToArray());
        for (var n = 0; n < 20_000; n++)
        {
            var (word, name) = (Word(1, 9), Word(0, 12));
            Assert.Equal(ByDefinition(word, name), FuzzyName.PrefixDistance(word, name));
        }
    }

    [Fact]
    public void Prefix_distance_under_a_limit_is_exact_up_to_the_limit_and_above_it_beyond()
    {
        var random = new Random(7);
        string Word(int min, int max) => new(Enumerable.Range(0, random.Next(min, max)).Select(_ => "ABCEILNORS"[random.Next(10)]).ToArray());
        for (var n = 0; n < 20_000; n++)
        {
            var (word, name, limit) = (Word(1, 9), Word(0, 12), random.Next(0, 4));
            var exact = ByDefinition(word, name);
            var bounded = FuzzyName.PrefixDistance(word, name, limit);
            if (exact <= limit) Assert.Equal(exact, bounded);
            else Assert.True(bounded > limit, $"{word} / {name} at limit {limit}: {bounded}, exactly {exact}");
        }
    }
}
