using System.Globalization;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// Dates as NPPES writes them: MM/DD/YYYY, and the date must exist (no 02/30). A file re-saved by a spreadsheet
/// drops the leading zeros (5/3/2005): still the same month-first date, so it is read too. A year outside 1900–2100
/// (01/01/0001, 12/31/9999) is a damaged value, not a date to keep: PostgreSQL stored those two as -infinity and infinity.
/// </summary>
public static class RegistryDate
{
    private static readonly string[] Formats = ["MM/dd/yyyy", "M/d/yyyy"];

    private const int FirstYear = 1900, LastYear = 2100;

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        Exists(text, out date) && date.Year is >= FirstYear and <= LastYear;

    public static string Problem(ReadOnlySpan<char> text) =>
        Exists(text, out _) ? $"'{text}' is not a registry date: its year is outside {FirstYear}–{LastYear}"
        : text.Count('/') == 2 && !text.ContainsAnyExcept("0123456789/")
            ? $"'{text}' is not a real date"
            : $"'{text}' is not a date in MM/DD/YYYY form";

    private static bool Exists(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
