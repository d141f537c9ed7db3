using Liaison.Core.Data;
using Liaison.Core.Directory.Territories;

namespace Liaison.Tests.Directory;

public sealed class TerritoryOwnersTests
{
    [Fact]
    public async Task An_answer_is_remembered_until_a_territory_is_saved()
    {
        var owners = new TerritoryOwners();
        var user = Guid.NewGuid().ToString();
        var reads = 0;
        Task<bool> Read() { reads++; return Task.FromResult(reads > 1); }

        Assert.False(await owners.OwnsAsync(user, Read));
        Assert.False(await owners.OwnsAsync(user, Read));
        Assert.Equal(1, reads);

        EntityGenerations.Raise([nameof(Territory)]);
        Assert.True(await owners.OwnsAsync(user, Read));
        Assert.Equal(2, reads);

        EntityGenerations.Raise(["Hcp"]); // another entity's save changes nothing
        Assert.True(await owners.OwnsAsync(user, Read));
        Assert.Equal(2, reads);
    }
}
