using Liaison.Core.Directory.Registry;
using Liaison.Core.Directory.Search;

namespace Liaison.Tests.Directory;

public sealed class RegistryRulesTests
{
    [Theory]
    [InlineData("1234567893", true)] // CMS's worked example
    [InlineData("1588667638", true)]
    [InlineData("1588667639", false)]
    [InlineData("9999908392", true)] // Synthea's synthetic NPIs happen to pass
    [InlineData("123456789", false)]
    public void NPI_check_digit_is_Luhn_over_80840_and_nine_digits(string npi, bool valid) => Assert.Equal(valid, Npi.IsValid(npi));

    [Theory]
    [InlineData("PILCHER", "PLXR")]
    [InlineData("PILSHER", "PLXR")]
    [InlineData("PLICHER", "PLXR")]
    [InlineData("Pilsh", "PLX")]
    [InlineData("SMITH", "SM0")]
    [InlineData("SMYTH", "SM0")]
    public void Surnames_that_sound_alike_share_a_phonetic_key(string name, string key) => Assert.Equal(key, NameKey.Of(name));

    [Theory]
    [InlineData("PILSH", "PILCHER", 1)]
    [InlineData("PLICHER", "PILCHER", 1)]
    [InlineData("PILCH", "PILCHER", 0)]
    public void Prefix_distance_counts_edits_and_transpositions(string word, string name, int distance) =>
        Assert.Equal(distance, FuzzyName.PrefixDistance(word, name));

    [Fact]
    public void A_swap_of_two_consonants_reaches_the_intended_key_and_keys_the_own_range_covers_are_left_out()
    {
        var keys = TypoKeys.Transposed("SMTIH", NameKey.Of("SMTIH"));
        Assert.Contains(NameKey.Of("SMITH"), keys);
        Assert.DoesNotContain(keys, k => k.StartsWith(NameKey.Of("SMTIH"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ABERNATY", "ABERNATHY")]
    [InlineData("PILIPS", "PHILIPS")]
    [InlineData("SMITHE", "SMITE")]
    public void An_h_dropped_or_added_after_t_s_c_p_reaches_the_intended_key(string typed, string meant) =>
        Assert.Contains(NameKey.Of(meant), TypoKeys.Nearby(typed, NameKey.Of(typed)));

    [Fact]
    public void Names_normalise_to_upper_case_ascii_words()
    {
        Assert.Equal("JOSE O BRIEN SMITH", NameText.Normalise("José  O.  Brien-Smith"));
        // A character outside the Basic Multilingual Plane is two UTF-16 halves, neither a letter (it was an exception).
        Assert.Equal("EMEKA", NameText.Normalise("Emeka \U0001F600"));
        Assert.Equal("", NameText.Normalise("\U0001F600"));
    }

    [Fact]
    public void Legacy_layout_is_read_by_header_name()
    {
        using var reader = nietras.SeparatedValues.SepReaderExtensions.FromFile(nietras.SeparatedValues.Sep.Reader(o => o with { Unescape = true }), NppesRows.Legacy);
        var (layout, missing) = NppesLayout.From(reader.Header.ColNames);
        Assert.Empty(missing);
        Assert.Equal(329, layout!.ColumnCount);
        Assert.Equal(-1, layout.CertificationDate);
    }

    [Fact]
    public void A_code_shaped_as_NUCC_codes_filters_even_when_the_shipped_code_set_is_older()
    {
        Assert.All(NuccCodeSet.Shipped.All.Keys, c => Assert.True(TaxonomyCodeSet.IsShapedAsCode(c), c));
        Assert.Equal(["207RZ9999X"], NuccCodeSet.Shipped.Matching(" 207rz9999x "));
        Assert.Equal("207RZ9999X", NuccCodeSet.Shipped.Describe("207RZ9999X"));
        Assert.Empty(NuccCodeSet.Shipped.Matching("207RZ9999"));
        Assert.False(TaxonomyCodeSet.IsShapedAsCode("X07RC0000X"));
        Assert.False(TaxonomyCodeSet.IsShapedAsCode("207RC0000Y"));
        Assert.False(TaxonomyCodeSet.IsShapedAsCode("207Rc0000X"));
    }

    [Fact]
    public void The_shipped_code_sets_load()
    {
        Assert.Equal(868, NuccCodeSet.Shipped.All.Count);
        Assert.Contains("207RC0000X", NuccCodeSet.Shipped.Matching("cardiovascular"));
        Assert.True(ZipCentroids.Count > 30000);
        Assert.True(ZipCentroids.TryGet("32204", out var lat, out _) && lat is > 30 and < 31);
    }
}
