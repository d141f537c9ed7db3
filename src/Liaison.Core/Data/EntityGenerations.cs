using System.Collections.Concurrent;

namespace Liaison.Core.Data;

/// <summary>
/// A counter per entity type, raised by every save that changes one of its rows in this process: what a cache of
/// derived facts compares to know it is stale (a different process's changes are bounded by the cache's own lifetime).
/// </summary>
public static class EntityGenerations
{
    private static readonly ConcurrentDictionary<string, long> Generations = new(StringComparer.Ordinal);

    public static long Of(string entity) => Generations.GetValueOrDefault(entity);

    internal static void Raise(IEnumerable<string> entities)
    {
        foreach (var entity in entities.Distinct(StringComparer.Ordinal))
            Generations.AddOrUpdate(entity, 1, (_, g) => g + 1);
    }
}
