using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Evidence;

/// <summary>Names and affiliation text compared as search compares names (<see cref="NameText.Normalise"/>).</summary>
public static class EvidenceText
{
    public static string Fold(string? s) => NameText.Normalise(s);

    /// <summary>A surname with its word breaks removed: "De Luca" and "DELUCA" agree.</summary>
    public static string Surname(string? s) => Fold(s).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words (both folded).</summary>
    public static bool ContainsWords(string text, string phrase) =>
        phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);
}
