using Liaison.Core.Impact;

namespace Liaison.Tests.Impact;

public sealed class PartDSpreadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(412)]
    [InlineData(1200)]
    [InlineData(int.MaxValue)]
    public void A_years_claims_spread_into_twelve_whole_months_that_add_up_and_differ_by_at_most_one(int claims)
    {
        var months = PartDOutcomes.Spread(claims);
        Assert.Equal(12, months.Length);
        Assert.Equal(claims, months.Sum(m => (long)m));
        Assert.True(months.Max() - months.Min() <= 1);
    }

    [Fact]
    public void The_remainder_is_spaced_through_the_year_not_piled_at_its_start()
    {
        // 6 spare claims over 12 months: every other month, not January to June.
        Assert.Equal([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1], PartDOutcomes.Spread(6));
    }
}
