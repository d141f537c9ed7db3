namespace Liaison.Core.Directory.Search;

/// <summary>
/// How far a typed word is from the start of a name: the smallest optimal-string-alignment distance (edits and
/// adjacent transpositions) between the word and a prefix of the name of about its length. "PILSH" is 1 from
/// PILCHER, "PLICHER" 1.
/// </summary>
public static class FuzzyName
{
    public static int Allowed(string word) => word.Length <= 4 ? 1 : 2;

    public static int PrefixDistance(string word, string name) => PrefixDistance(word, name, int.MaxValue);

    /// <summary>
    /// The distance when it is at most <paramref name="limit"/>, else some value above it: the table stops once two rows
    /// in a row lie wholly above the limit (no later row can come back under it: each cell is at least the smaller of
    /// the row above's least and the least of the row two above plus one).
    /// </summary>
    public static int PrefixDistance(ReadOnlySpan<char> word, ReadOnlySpan<char> name, int limit)
    {
        // One table of the word against the name's first word.Length + 1 letters: its last row holds the distance to
        // every prefix of the name at once. Three rolling rows on the stack, as transpositions look two back.
        var a = word;
        var b = name[..Math.Min(name.Length, a.Length + 1)];
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        Span<int> before = rows[..width], previous = rows.Slice(width, width), current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;
        var previousLeast = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var least = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, before[j - 2] + 1);
                current[j] = d;
                least = Math.Min(least, d);
            }
            if (least > limit && previousLeast > limit) return limit + 1;
            previousLeast = least;
            var oldest = before;
            before = previous;
            previous = current;
            current = oldest;
        }
        var best = int.MaxValue;
        for (var k = Math.Max(1, a.Length - 1); k < width; k++) best = Math.Min(best, previous[k]);
        return best;
    }
}
