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

    /// <summary>
    /// The neighbourhood edits a key with the letters <see cref="NameKey"/> writes after a key's first: every name
    /// of up to four letters, and longer seeded random ones, give no other. A letter NameKey gains would be missed here first.
    /// </summary>
    [Fact]
    public void The_letters_edited_are_every_letter_a_name_key_writes_after_its_first()
    {
        var written = new HashSet<char>();
        var letters = Enumerable.Range('A', 26).Select(c => (char)c).ToArray();
        var word = new char[4];
        void Collect(string name) { foreach (var c in NameKey.Of(name).Skip(1)) written.Add(c); }
        for (var length = 1; length <= 4; length++)
        {
            var count = (int)Math.Pow(26, length);
            for (var n = 0; n < count; n++)
            {
                for (int i = 0, rest = n; i < length; i++, rest /= 26) word[i] = letters[rest % 26];
                Collect(new string(word, 0, length));
            }
        }
        var random = new Random(20261128);
        for (var n = 0; n < 50_000; n++)
            Collect(new string(Enumerable.Range(0, random.Next(5, 13)).Select(_ => letters[random.Next(26)]).ToArray()));
        Assert.Equal(TypoNeighbourhood.Consonants.Order(), written.Order());
    }
}
