using Liaison.Core.Identity;
using Microsoft.Extensions.Time.Testing;

namespace Liaison.Tests.Identity;

public sealed class ApiTokenCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private static readonly ApiTokenAuthentication.Holder Msl = new("u1", "msl@example.org", "An MSL", [Roles.Msl]);

    private ApiTokenCache Cache() => new(_clock);

    [Fact]
    public void A_holder_is_kept_for_the_lifetime_only()
    {
        var cache = Cache();
        cache.Add("h", Guid.NewGuid(), Msl, expiresAt: null, cache.Generation);
        _clock.Advance(ApiTokenCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Same(Msl, cache.Find("h"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(cache.Find("h"));
    }

    [Fact]
    public void A_token_expiring_sooner_than_the_lifetime_is_kept_only_until_it_expires()
    {
        var cache = Cache();
        cache.Add("h", Guid.NewGuid(), Msl, _clock.GetUtcNow().UtcDateTime.AddSeconds(5), cache.Generation);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Null(cache.Find("h"));
    }

    [Fact]
    public void Forgetting_a_token_or_its_user_drops_it_at_once()
    {
        var cache = Cache();
        var token = Guid.NewGuid();
        cache.Add("h", token, Msl, null, cache.Generation);
        cache.ForgetToken(token);
        Assert.Null(cache.Find("h"));
        cache.Add("h", token, Msl, null, cache.Generation);
        cache.ForgetUser(Msl.UserId);
        Assert.Null(cache.Find("h"));
    }

    [Fact]
    public void A_lookup_that_began_before_a_forget_is_not_kept()
    {
        var cache = Cache();
        var token = Guid.NewGuid();
        var before = cache.Generation; // a request reads the token from the database...
        cache.ForgetToken(token);      // ...while it is revoked...
        cache.Add("h", token, Msl, null, before); // ...and must not put it back
        Assert.Null(cache.Find("h"));
    }
}
