namespace Liaison.Core.Directory.Search;

/// <summary>
/// How far a typed word is from the start of a name: the smallest optimal-string-alignment distance (edits and
/// adjacent transpositions) between the word and a prefix of the name of about its length. "PILSH" is 1 from
/// PILCHER, "PLICHER" 1.
/// </summary>
public static class FuzzyName
{
    public static int Allowed(string word) => word.Length <= 4 ? 1 : 2;

    public static int PrefixDistance(string word, string name)
    {
        var best = int.MaxValue;
        for (var k = Math.Max(1, word.Length - 1); k <= Math.Min(name.Length, word.Length + 1); k++)
            best = Math.Min(best, Distance(word, name.AsSpan(0, k)));
        return best;
    }

    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
