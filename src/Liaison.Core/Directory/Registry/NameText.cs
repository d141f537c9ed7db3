using System.Globalization;
using System.Text;

namespace Liaison.Core.Directory.Registry;

/// <summary>Names as search compares them: upper-case ASCII letters and digits, accents folded, words single-spaced.</summary>
public static class NameText
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            var c = Fold(ch);
            if (c is >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            else if (c is ' ' or '-' or ',' or '.' or '/' or '&' or '(' or ')' or '\t') pendingSpace = true;
            // apostrophes join: O'BRIEN -> OBRIEN
        }
        return sb.ToString();
    }

    /// <summary>The words of a normalised text.</summary>
    public static string[] Words(string? text) => Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static char Fold(char ch)
    {
        if (ch < 128) return char.ToUpperInvariant(ch);
        // Half of a character outside the Basic Multilingual Plane (an emoji): no letter of a name, and alone it cannot be normalised.
        if (char.IsSurrogate(ch)) return ' ';
        var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
            if (d < 128 && CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) return char.ToUpperInvariant(d);
        return ch switch { 'ß' => 'S', 'Æ' or 'æ' => 'A', 'Ø' or 'ø' => 'O', _ => ' ' };
    }
}
