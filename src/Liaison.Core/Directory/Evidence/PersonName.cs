namespace Liaison.Core.Directory.Evidence;

/// <summary>
/// A person's name split for matching: "Jane A. Doe, MD" → first "Jane", middle "A", last "Doe". Titles (Dr.,
/// Prof.) and generational suffixes are dropped; degrees after the first comma are ignored.
/// </summary>
public sealed record PersonName(string Last, string? First, string? Middle)
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "DR", "DR.", "PROF", "PROF.", "PROFESSOR", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "MISS" };
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "JR", "JR.", "SR", "SR.", "II", "III", "IV" };

    public static PersonName Parse(string name)
    {
        var main = name.Split(',')[0];
        var tokens = main.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => !Titles.Contains(t)).ToList();
        while (tokens.Count > 1 && Suffixes.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
        return tokens.Count switch
        {
            0 => new PersonName(name.Trim(), null, null),
            1 => new PersonName(tokens[0], null, null),
            2 => new PersonName(tokens[1], tokens[0].TrimEnd('.'), null),
            _ => new PersonName(tokens[^1], tokens[0].TrimEnd('.'), string.Join(' ', tokens[1..^1]).TrimEnd('.')),
        };
    }
}
