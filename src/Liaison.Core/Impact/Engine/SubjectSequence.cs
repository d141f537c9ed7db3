namespace Liaison.Core.Impact.Engine;

/// <summary>
/// Which subject followed which the last time: a file sorted by period lists the subjects in the same order every
/// month, so after the first month the next subject is known without hashing its id, and its key and totals are read
/// in the order they are stored. A mistaken guess costs one comparison of ids.
/// </summary>
internal sealed class SubjectSequence
{
    private int[] _next = new int[256]; // number + 1; 0 = none yet

    public int After(int previous) => previous >= 0 && previous < _next.Length ? _next[previous] - 1 : -1;

    public void Follow(int previous, int next)
    {
        if (previous < 0) return;
        if (previous >= _next.Length) Array.Resize(ref _next, Math.Max(_next.Length * 2, previous + 1));
        _next[previous] = next + 1;
    }
}
