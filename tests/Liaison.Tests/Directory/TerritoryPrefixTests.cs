using Liaison.Core.Directory.Territories;

namespace Liaison.Tests.Directory;

public sealed class TerritoryPrefixTests
{
    [Theory]
    [InlineData("021", "022")]
    [InlineData("019", "02")]
    [InlineData("1", "2")]
    [InlineData("199", "2")]
    [InlineData("9", null)]
    [InlineData("99", null)]
    public void The_next_prefix_bounds_every_zip_starting_with_a_prefix(string prefix, string? next) =>
        Assert.Equal(next, TerritoryMembership.NextPrefix(prefix));
}
