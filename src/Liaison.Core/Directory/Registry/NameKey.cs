using System.Text;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// A phonetic key of a surname, Metaphone-like: spellings that sound alike share a key (PILCHER, PILSHER,
/// PLICHER → PLXR), and a misspelt prefix gives a prefix of the key. Vowels after the first letter are dropped,
/// so vowel slips and vowel/consonant swaps land on the same key. Used by search on both engines.
/// </summary>
public static class NameKey
{
    public const int MaxLength = 12;

    public static string Of(string? name)
    {
        var w = NameText.Normalise(name).Replace(" ", "", StringComparison.Ordinal);
        if (w.Length == 0) return "";
        var s = Initial(w);
        var key = new StringBuilder(MaxLength);
        for (var i = 0; i < s.Length && key.Length < MaxLength; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var prev = i > 0 ? s[i - 1] : '\0';
            if (c is >= '0' and <= '9') continue;
            string code = c switch
            {
                'A' or 'E' or 'I' or 'O' or 'U' or 'Y' or 'W' or 'H' => i == 0 && c is not ('Y' or 'W' or 'H') ? "A" : i == 0 ? c.ToString() : "",
                'B' => prev == 'M' && next == '\0' ? "" : "P",
                'P' => next == 'H' ? "F" : "P",
                'C' => next == 'H' ? (prev == 'S' ? "K" : "X") : next is 'I' or 'E' or 'Y' ? "S" : prev == 'S' && next is 'K' ? "" : "K",
                'D' => next == 'G' && i + 2 < s.Length && s[i + 2] is 'E' or 'I' or 'Y' ? "J" : "T",
                'T' => next == 'H' ? "0" : next == 'C' && i + 2 < s.Length && s[i + 2] == 'H' ? "" : "T",
                'G' => next == 'H' ? (i + 2 >= s.Length || !IsVowel(s[i + 2]) ? "" : "K")
                    : next is 'I' or 'E' or 'Y' ? "J" : next == 'N' && i + 2 >= s.Length ? "" : "K",
                'K' => prev == 'C' ? "" : "K",
                'Q' => "K",
                'S' => next == 'H' ? "X" : next == 'C' && i + 2 < s.Length && s[i + 2] == 'H' ? "SK" : "S",
                'Z' => "S",
                'X' => i == 0 ? "S" : "KS",
                'V' or 'F' => "F",
                'J' => "J",
                'L' or 'M' or 'N' or 'R' => c.ToString(),
                _ => "",
            };
            // SCH: the S emits SK and the C/H that follow are absorbed.
            if (c == 'S' && code == "SK") i += 2;
            else if (c is 'C' or 'S' or 'P' or 'T' && next == 'H' && code is "X" or "F" or "0" or "K") i++;
            foreach (var k in code)
                if (key.Length == 0 || key[^1] != k || k == 'A') key.Append(k);
        }
        return key.ToString();
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

    private static string Initial(string w)
    {
        // Silent first letters (KNIGHT, GNOME, PNEUMO, WRIGHT), AE → E.
        if (w.Length > 1 && (w.StartsWith("KN", StringComparison.Ordinal) || w.StartsWith("GN", StringComparison.Ordinal)
            || w.StartsWith("PN", StringComparison.Ordinal) || w.StartsWith("WR", StringComparison.Ordinal)
            || w.StartsWith("AE", StringComparison.Ordinal))) return w[1..];
        if (w.StartsWith("WH", StringComparison.Ordinal)) return "W" + w[2..];
        return w;
    }
}
