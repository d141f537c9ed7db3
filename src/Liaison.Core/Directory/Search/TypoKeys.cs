using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// The phonetic keys a misspelling search also reads: a word's key absorbs vowels and sound-alikes ("SMYTH" is SMITH's
/// SM0) but not two consonants typed in the wrong order, nor an h dropped from or added to th, sh, ch, ph ("ABERNATY"
/// is APRNT, ABERNATHY APRN0): so the keys of the word with each neighbouring pair swapped, and with such an h.
/// </summary>
public static class TypoKeys
{
    /// <summary>The keys of <paramref name="word"/>'s adjacent transpositions and h variants (<see cref="Transposed"/>,
    /// <see cref="WithOrWithoutH"/>), other than what <paramref name="key"/>'s own range covers.</summary>
    public static IReadOnlyList<string> Nearby(string word, string key) => KeysOf(Swaps(word).Concat(WithOrWithoutH(word)), key);

    /// <summary>The distinct keys of <paramref name="word"/>'s adjacent transpositions, other than what <paramref name="key"/>'s
    /// own range already covers (keys starting with it) and keys too short to narrow anything.</summary>
    public static IReadOnlyList<string> Transposed(string word, string key) => KeysOf(Swaps(word), key);

    private static IReadOnlyList<string> KeysOf(IEnumerable<string> variants, string key) =>
        variants.Select(NameKey.Of).Where(k => k.Length >= 2 && !k.StartsWith(key, StringComparison.Ordinal)).Distinct().ToList();

    /// <summary>The word with each neighbouring pair of different letters swapped.</summary>
    private static IEnumerable<string> Swaps(string word)
    {
        for (var i = 0; i + 1 < word.Length; i++)
            if (word[i] != word[i + 1])
                yield return string.Concat(word.AsSpan(0, i), [word[i + 1], word[i]], word.AsSpan(i + 2));
    }

    /// <summary>The word with an h added after each t, s, c or p that lacks one, and with each such h taken out.</summary>
    private static IEnumerable<string> WithOrWithoutH(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (!"TSCP".Contains(char.ToUpperInvariant(word[i]), StringComparison.Ordinal)) continue;
            yield return i + 1 < word.Length && char.ToUpperInvariant(word[i + 1]) == 'H' ? word.Remove(i + 1, 1) : word.Insert(i + 1, "H");
        }
    }
}
