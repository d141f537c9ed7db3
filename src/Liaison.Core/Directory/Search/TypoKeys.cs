using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// The phonetic keys a misspelling search also reads: a word's key absorbs vowels and sound-alikes ("SMYTH" is SMITH's
/// SM0) but not two consonants typed in the wrong order, nor an h dropped from or added to th, sh, ch, ph ("ABERNATY"
/// is APRNT, ABERNATHY APRN0): so the keys of the word with each neighbouring pair swapped, and with such an h.
/// </summary>
public static class TypoKeys
{
    /// <summary><see cref="Transposed"/> and <see cref="WithOrWithoutH"/>, distinct.</summary>
    public static IReadOnlyList<string> Nearby(string word, string key) =>
        Transposed(word, key).Concat(WithOrWithoutH(word, key)).Distinct().ToList();

    /// <summary>The keys of <paramref name="word"/> with an h added after each t, s, c or p that lacks one, and with each such h
    /// taken out, other than what <paramref name="key"/>'s own range covers.</summary>
    public static IReadOnlyList<string> WithOrWithoutH(string word, string key)
    {
        var keys = new List<string>();
        for (var i = 0; i < word.Length; i++)
        {
            if (!"TSCP".Contains(char.ToUpperInvariant(word[i]), StringComparison.Ordinal)) continue;
            var hasH = i + 1 < word.Length && char.ToUpperInvariant(word[i + 1]) == 'H';
            var variant = hasH ? word.Remove(i + 1, 1) : word.Insert(i + 1, "H");
            var other = NameKey.Of(variant);
            if (other.Length >= 2 && !other.StartsWith(key, StringComparison.Ordinal) && !keys.Contains(other)) keys.Add(other);
        }
        return keys;
    }

    /// <summary>The distinct keys of <paramref name="word"/>'s adjacent transpositions, other than what <paramref name="key"/>'s
    /// own range already covers (keys starting with it) and keys too short to narrow anything.</summary>
    public static IReadOnlyList<string> Transposed(string word, string key)
    {
        var keys = new List<string>();
        var letters = word.ToCharArray();
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            if (letters[i] == letters[i + 1]) continue;
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            var swapped = NameKey.Of(new string(letters));
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            if (swapped.Length >= 2 && !swapped.StartsWith(key, StringComparison.Ordinal) && !keys.Contains(swapped)) keys.Add(swapped);
        }
        return keys;
    }
}
