using Liaison.Core.Common;

namespace Liaison.Tests.Common;

/// <summary>Counts read with their noun in the right number, on the pages and the command line.</summary>
public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "0 interactions")]
    [InlineData(1, "1 interaction")]
    [InlineData(1250, "1,250 interactions")]
    public void A_count_takes_its_noun_in_the_right_number(long count, string expected) =>
        Assert.Equal(expected, Counted.Of(count, "interaction"));

    [Fact]
    public void An_irregular_plural_is_given_by_the_caller() =>
        Assert.Equal("2 analyses", Counted.Of(2, "analysis", "analyses"));
}
