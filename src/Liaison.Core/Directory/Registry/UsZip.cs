namespace Liaison.Core.Directory.Registry;

/// <summary>A US ZIP code as the registry keeps it: 5 digits, or 9 for ZIP+4.</summary>
public static class UsZip
{
    /// <summary>ZIP+4 written the postal way (68847-2168) as the 9 digits NPPES gives; anything else as it is.</summary>
    public static string? Normalised(string? postal) =>
        postal is { Length: 10 } && postal[5] == '-' ? string.Concat(postal.AsSpan(0, 5), postal.AsSpan(6)) : postal;

    public static bool IsValid(string? postal) => postal is { Length: 5 or 9 } && postal.All(char.IsAsciiDigit);
}
