using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// The phonetic keys a misspelling search also reads: a word's key absorbs vowels and sound-alikes ("SMYTH" is SMITH's
/// SM0) but not two consonants typed in the wrong order, so the keys of the word with each neighbouring pair swapped.
/// </summary>
public static class TypoKeys
{
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
