namespace Liaison.Core.Common;

/// <summary>
/// The dates a record may carry and a filter may ask for. A record's date lies from 2000 (a year 1 date is a typing slip
/// that then sorts first in every list and lands in a report year nobody asks for) to a horizon its kind sets: today for
/// what has already happened, some years ahead for what is planned. A filter's start is not after its end.
/// </summary>
public static class DateWindow
{
    /// <summary>The earliest date a record can carry.</summary>
    public static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly EarliestDay = DateOnly.FromDateTime(Earliest);

    /// <summary>
    /// The latest day it is anywhere: a day-dated record (a consent given, a talk presented) dated its reader's today
    /// is not in the future, though east of UTC (up to UTC+14) that day has not yet begun in UTC.
    /// </summary>
    public static DateOnly LatestToday(DateTime utcNow) => DateOnly.FromDateTime(utcNow.AddHours(14));

    /// <summary>
    /// Why <paramref name="value"/> is no date for the record, or null. <paramref name="window"/> names the record and its
    /// window for the message, e.g. "an interaction: from 2000 to a year ahead"; <paramref name="later"/>, when given, is
    /// the record's own words for a date after <paramref name="latest"/> ("Record a transfer of value once it has been made.").
    /// </summary>
    public static Error? Outside(string field, DateTime value, DateTime latest, string window, string? later = null) =>
        value > latest && later is not null ? Error.Invalid(field, later)
        : value < Earliest || value > latest ? Error.Invalid(field, $"{value:yyyy-MM-dd} is not a date for {window}.") : null;

    /// <inheritdoc cref="Outside(string, DateTime, DateTime, string, string?)"/>
    public static Error? Outside(string field, DateOnly value, DateOnly latest, string window, string? later = null) =>
        value > latest && later is not null ? Error.Invalid(field, later)
        : value < EarliestDay || value > latest ? Error.Invalid(field, $"{value:yyyy-MM-dd} is not a date for {window}.") : null;

    /// <summary>Why a filter's period is none, or null: a start after the end finds nothing, which reads as "no records".</summary>
    public static Error? Reversed(DateTime? from, DateTime? to) =>
        from > to ? Error.Invalid("from", "The period starts after it ends: from is after to.") : null;
}
