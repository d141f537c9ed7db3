using Liaison.Core.Common;

namespace Liaison.Tests.Common;

public sealed class DateWindowTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("0001-01-01", true)]
    [InlineData("1999-12-31", true)]
    [InlineData("2000-01-01", false)]
    [InlineData("2026-03-02", false)]
    [InlineData("2026-03-03", true)]
    [InlineData("9999-12-31", true)]
    public void A_record_date_lies_from_2000_to_its_latest_day(string date, bool refused)
    {
        var problem = DateWindow.Outside("paidOn", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today,
            "a payment: from 2000 to today");
        Assert.Equal(refused, problem is not null);
        if (problem is not null)
        {
            Assert.Equal("paidOn", Assert.Single(problem.Fields!).Key);
            Assert.Equal($"{date} is not a date for a payment: from 2000 to today.", problem.Message);
        }
    }

    [Fact]
    public void A_time_just_before_2000_is_outside_and_midnight_of_2000_is_inside()
    {
        var latest = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        Assert.NotNull(DateWindow.Outside("at", DateWindow.Earliest.AddTicks(-1), latest, "x"));
        Assert.Null(DateWindow.Outside("at", DateWindow.Earliest, latest, "x"));
        Assert.NotNull(DateWindow.Outside("at", latest.AddTicks(1), latest, "x"));
    }

    [Fact]
    public void A_date_after_the_latest_day_is_told_in_the_records_own_words_when_it_has_them()
    {
        Assert.Equal("Record it once made.", DateWindow.Outside("paidOn", Today.AddDays(1), Today, "x", "Record it once made.")!.Message);
        Assert.Equal("1999-12-31 is not a date for x.", DateWindow.Outside("paidOn", new DateOnly(1999, 12, 31), Today, "x", "Record it once made.")!.Message);
        Assert.Null(DateWindow.Outside("paidOn", Today, Today, "x", "Record it once made."));
        var now = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        Assert.Equal("Not yet.", DateWindow.Outside("at", now.AddTicks(1), now, "x", "Not yet.")!.Message);
    }

    [Fact]
    public void A_period_is_reversed_only_when_it_starts_after_it_ends()
    {
        var day = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal("from", Assert.Single(DateWindow.Reversed(day.AddDays(1), day)!.Fields!).Key);
        Assert.Null(DateWindow.Reversed(day, day));
        Assert.Null(DateWindow.Reversed(day, null));
        Assert.Null(DateWindow.Reversed(null, day));
    }

    [Fact]
    public void The_latest_today_is_the_next_utc_day_once_it_has_begun_at_utc_plus_14()
    {
        Assert.Equal(new DateOnly(2026, 3, 2), DateWindow.LatestToday(new DateTime(2026, 3, 2, 9, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 3, 3), DateWindow.LatestToday(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc)));
    }
}
