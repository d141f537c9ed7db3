using System.Globalization;
using System.Text;

namespace Liaison.Core.Directory.Evidence;

/// <summary>Names and free text folded for comparison: upper-case ASCII letters, digits and single spaces.</summary>
public static class NameText
{
    public static string Fold(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return "";
        var b = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) { if (space && b.Length > 0) b.Append(' '); b.Append(char.ToUpperInvariant(c)); space = false; }
            else space = true;
        }
        return b.ToString();
    }

    /// <summary>A surname with spaces, hyphens and apostrophes removed: "De Luca" and "DELUCA" agree.</summary>
    public static string Surname(string? s) => Fold(s).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words (both folded).</summary>
    public static bool ContainsWords(string text, string phrase) =>
        phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);
}
