using Liaison.Core.Directory.Import;

namespace Liaison.Tests.Directory;

public sealed class ImportIdsTests
{
    [Fact]
    public void Import_ids_are_version_7_with_the_current_time_and_only_grow_in_their_text_form()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var ids = Enumerable.Range(0, 50_000).Select(_ => ImportIds.Next()).ToList();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2));
        var texts = ids.Select(id => id.ToString().ToUpperInvariant()).ToList();
        Assert.Equal(texts.Distinct().Count(), texts.Count);
        Assert.Equal(texts.Order(StringComparer.Ordinal), texts);
        var stamp = Convert.ToInt64(texts[0].Replace("-", "", StringComparison.Ordinal)[..12], 16);
        Assert.InRange(stamp, before, after);
    }
}
