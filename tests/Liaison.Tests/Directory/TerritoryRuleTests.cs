using Liaison.Core.Directory.Territories;

namespace Liaison.Tests.Directory;

public sealed class TerritoryRuleTests
{
    [Theory]
    [InlineData(TerritoryRuleKind.State, "FL", "FL", "32204", true)]
    [InlineData(TerritoryRuleKind.State, "FL", "GA", "32204", false)]
    [InlineData(TerritoryRuleKind.Zip, "32204", "FL", "32204", true)]
    [InlineData(TerritoryRuleKind.Zip, "32204", "FL", "32205", false)]
    [InlineData(TerritoryRuleKind.ZipPrefix, "322", "FL", "32204", true)]
    [InlineData(TerritoryRuleKind.ZipPrefix, "322", "FL", "33204", false)]
    [InlineData(TerritoryRuleKind.ZipPrefix, "322", null, null, false)]
    public void Rules_match_the_practice_location(TerritoryRuleKind kind, string value, string? state, string? zip, bool matches) =>
        Assert.Equal(matches, TerritoryMembership.Matches(kind, value, state, zip));
}
