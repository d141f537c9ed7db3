using Liaison.Core.Directory.Registry;
using Liaison.Core.Directory.Search;

namespace Liaison.Tests.Directory;

public sealed class TypoNeighbourhoodTests
{
    [Theory]
    [InlineData("PICHER", "PILCHER")] // a consonant left out
    [InlineData("GARFINER", "GARDINER")] // one typed for another
    [InlineData("RASMCUSSEN", "RASMUSSEN")] // one typed too many
    public void A_consonant_slip_reaches_the_intended_key(string typed, string meant)
    {
        var key = NameKey.Of(typed);
        Assert.DoesNotContain(NameKey.Of(meant), new[] { key });
        Assert.Contains(TypoNeighbourhood.Keys(key), k => NameKey.Of(meant).StartsWith(k, StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_letter_is_kept_and_what_the_own_range_covers_is_left_out()
    {
        var keys = TypoNeighbourhood.Keys("PXR");
        Assert.All(keys, k => Assert.StartsWith("P", k));
        Assert.DoesNotContain(keys, k => k.StartsWith("PXR", StringComparison.Ordinal));
        Assert.Contains("PLXR", keys);
        Assert.Contains("PR", keys);
        Assert.Contains("PKR", keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void A_key_of_one_letter_has_no_neighbours_worth_reading() => Assert.Empty(TypoNeighbourhood.Keys("P"));
}
