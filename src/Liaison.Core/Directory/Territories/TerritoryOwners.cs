using System.Collections.Concurrent;
using Liaison.Core.Data;

namespace Liaison.Core.Directory.Territories;

/// <summary>
/// Whether a user owns a territory, asked on every search an MSL makes (their own territory comes first) and changed
/// only when a territory is saved: remembered until a territory is saved in this process, and at most
/// <see cref="Lifetime"/> (a save by another instance of the app). A stale answer only orders one search's results.
/// </summary>
public sealed class TerritoryOwners
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (bool Owns, long Generation, long At)> _known = new(StringComparer.Ordinal);

    public async Task<bool> OwnsAsync(string userId, Func<Task<bool>> read)
    {
        var generation = EntityGenerations.Of(nameof(Territory));
        var now = Environment.TickCount64;
        if (_known.TryGetValue(userId, out var k) && k.Generation == generation && now - k.At < Lifetime.TotalMilliseconds) return k.Owns;
        var owns = await read();
        _known[userId] = (owns, generation, now);
        return owns;
    }
}
