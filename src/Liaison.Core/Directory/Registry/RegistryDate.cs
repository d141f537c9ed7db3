using System.Globalization;

namespace Liaison.Core.Directory.Registry;

/// <summary>Dates as NPPES writes them: MM/DD/YYYY, and the date must exist (no 02/30).</summary>
public static class RegistryDate
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Problem(ReadOnlySpan<char> text) =>
        text.Length == 10 && text[2] == '/' && text[5] == '/'
            ? $"'{text}' is not a real date"
            : $"'{text}' is not a date in MM/DD/YYYY form";
}
