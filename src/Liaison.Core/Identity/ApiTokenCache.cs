using System.Collections.Concurrent;

namespace Liaison.Core.Identity;

/// <summary>
/// Tokens that authenticated in the last <see cref="Lifetime"/>, by hash, with their holder: an API request then needs
/// no query for the token, its user and roles. Revoking a token or changing a user's access forgets their entries
/// at once in this process; elsewhere (another instance, a change made directly in the database) the change takes
/// effect within <see cref="Lifetime"/>. Only tokens that authenticated are kept, so the cache holds at most one
/// entry per live token. A lookup that read the database before a forget finished is not kept (see
/// <see cref="Generation"/>), so a request racing a revocation cannot put the revoked token back.
/// </summary>
public sealed class ApiTokenCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private sealed record Entry(ApiTokenAuthentication.Holder Holder, Guid TokenId, DateTime Until);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private long _generation;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Changes whenever entries are forgotten: read it before the database lookup, hand it to <see cref="Add"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public ApiTokenAuthentication.Holder? Find(string hash)
    {
        if (!_entries.TryGetValue(hash, out var entry)) return null;
        if (entry.Until > Now) return entry.Holder;
        _entries.TryRemove(KeyValuePair.Create(hash, entry));
        return null;
    }

    /// <summary>Keeps a holder until <see cref="Lifetime"/> from now, or the token's expiry if that comes first.</summary>
    public void Add(string hash, Guid tokenId, ApiTokenAuthentication.Holder holder, DateTime? expiresAt, long generation)
    {
        var now = Now;
        var until = now + Lifetime;
        if (expiresAt < until) until = expiresAt.Value;
        var entry = new Entry(holder, tokenId, until);
        _entries[hash] = entry;
        // A forget ran since the lookup began: what was read may already be stale, so it is not kept.
        if (Generation != generation) _entries.TryRemove(KeyValuePair.Create(hash, entry));
        foreach (var (key, stale) in _entries)
            if (stale.Until <= now) _entries.TryRemove(KeyValuePair.Create(key, stale));
    }

    public void ForgetToken(Guid tokenId) => Forget(e => e.TokenId == tokenId);

    public void ForgetUser(string userId) => Forget(e => e.Holder.UserId == userId);

    private void Forget(Func<Entry, bool> which)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (key, entry) in _entries)
            if (which(entry)) _entries.TryRemove(KeyValuePair.Create(key, entry));
    }
}
