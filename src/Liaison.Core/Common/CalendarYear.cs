namespace Liaison.Core.Common;

/// <summary>The years a report or filter can be asked for: any a record can fall in, and no year 0 or 10000.</summary>
public static class CalendarYear
{
    public const int First = 1900, Last = 2200;

    /// <summary>Why <paramref name="year"/> cannot be reported on, or null (also for no year).</summary>
    public static Error? Problem(int? year) =>
        year is < First or > Last ? Error.Invalid("year", $"{year} is not a year to report on: give one from {First} to {Last}.") : null;
}
