namespace Liaison.Tests.Import;

/// <summary>What reading costs in memory, as the bytes this thread allocates: a count, not a timing.</summary>
internal static class AllocatedBytes
{
    /// <summary>Bytes allocated on this thread from the start of <paramref name="items"/> to the first one <paramref name="stop"/> accepts.</summary>
    public static long Until<T>(IEnumerable<T> items, Func<T, bool> stop)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var item in items)
            if (stop(item)) return GC.GetAllocatedBytesForCurrentThread() - before;
        throw new InvalidOperationException("no item was accepted");
    }
}
