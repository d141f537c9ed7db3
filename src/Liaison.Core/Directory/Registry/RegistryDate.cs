using System.Globalization;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// Dates as NPPES writes them: MM/DD/YYYY, and the date must exist (no 02/30). A file re-saved by a spreadsheet
/// drops the leading zeros (5/3/2005): still the same month-first date, so it is read too.
/// </summary>
public static class RegistryDate
{
    private static readonly string[] Formats = ["MM/dd/yyyy", "M/d/yyyy"];

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Problem(ReadOnlySpan<char> text) =>
        text.Count('/') == 2 && !text.ContainsAnyExcept("0123456789/")
            ? $"'{text}' is not a real date"
            : $"'{text}' is not a date in MM/DD/YYYY form";
}
