using System.Text.RegularExpressions;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// Reads a FHIR HumanName given only as <c>text</c> (valid FHIR: family and given are optional) into its parts:
/// "Dr. Jane Q. Smith, MD" and "SMITH, JANE Q" both give family Smith/SMITH, given Jane/JANE, middle Q.
/// Honorifics before the name are dropped, generational suffixes (Jr., III) kept as the suffix, credentials after a
/// comma dropped (a practitioner's qualifications say them). A single word is not a person's name: null.
/// </summary>
public static partial class FhirNameText
{
    public sealed record Parts(string Family, string Given, string? Middle, string? Prefix, string? Suffix);

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "dr", "prof", "mr", "mrs", "ms", "miss", "mx" };
    private static readonly HashSet<string> Generations = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv", "v" };

    /// <summary>Credentials written after the name without a comma ("JANE SMITH MD"), where capitals alone say nothing.</summary>
    private static readonly HashSet<string> Credentials = new(StringComparer.OrdinalIgnoreCase)
    {
        "md", "do", "phd", "pharmd", "rn", "np", "pa", "pac", "dds", "dmd", "dpm", "od", "mbbs", "mph", "msn", "dnp", "crna",
        "aprn", "fnp", "cnm", "lpn", "psyd", "dpt", "facp", "facc", "facs", "frcp",
    };

    public static Parts? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var segments = Spaces().Replace(text.Trim(), " ").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        string? suffix = null;
        // Trailing segments that are credentials or a generation: "Smith, Jane, MD, PhD", "Jane Smith, Jr." — but not
        // the given name of "SMITH, JANE" (capitals like a credential): what stays must still hold two names.
        while (segments.Count > 1 && segments[^1].Split(' ').All(IsCredentialOrGeneration)
               && (segments.Count > 2 || segments[0].Contains(' ', StringComparison.Ordinal)))
        {
            if (segments[^1].Split(' ') is [var only] && Generations.Contains(only.TrimEnd('.'))) suffix ??= only;
            segments.RemoveAt(segments.Count - 1);
        }
        List<string> given;
        string family;
        if (segments.Count >= 2)
        {
            // "Family, Given Middle"
            family = segments[0];
            given = segments[1].Split(' ').ToList();
        }
        else
        {
            var words = segments[0].Split(' ').ToList();
            while (words.Count > 2 && Credentials.Contains(words[^1].Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)))
                words.RemoveAt(words.Count - 1);
            if (words.Count > 1 && Generations.Contains(words[^1].TrimEnd('.')))
            {
                suffix ??= words[^1];
                words.RemoveAt(words.Count - 1);
            }
            family = words[^1];
            given = words.Take(words.Count - 1).ToList();
        }
        string? prefix = null;
        if (given.Count > 0 && Honorifics.Contains(given[0].TrimEnd('.')))
        {
            prefix = given[0];
            given.RemoveAt(0);
        }
        if (given.Count == 0 || family.Length == 0 || family.Any(char.IsDigit)) return null;
        return new Parts(family, given[0], given.Count > 1 ? string.Join(' ', given.Skip(1)) : null, prefix, suffix);
    }

    /// <summary>MD, DO, PhD, FACP, R.N., Jr., III: short, letters and dots, capitalised throughout or a known form.</summary>
    private static bool IsCredentialOrGeneration(string word)
    {
        var bare = word.Replace(".", "", StringComparison.Ordinal);
        if (Generations.Contains(bare)) return true;
        return bare.Length is >= 2 and <= 6 && bare.All(char.IsLetter)
               && (bare.All(char.IsUpper) || bare is "PhD" or "PharmD" or "DPhil" or "MSc" or "BSc" or "MPH" or "MBA");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
