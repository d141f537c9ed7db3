namespace Liaison.Core.Demo;

/// <summary>
/// One capability's part of the demo workspace. Contributions run in <see cref="Order"/>, each in its own
/// scope, and each must be idempotent: running the demo twice changes nothing.
/// </summary>
public interface IDemoContribution
{
    int Order { get; }
    string Name { get; }
    Task SeedAsync(DemoContext context, CancellationToken ct);
}

/// <summary>What contributions share: the seed for every random draw and a way to report progress.</summary>
public sealed class DemoContext(int seed, IProgress<string>? progress)
{
    public int Seed { get; } = seed;
    public void Report(string message) => progress?.Report(message);
    // HashCode.Combine is seeded per process, so it would make the demo differ from run to run: mix by hand.
    public Random RandomFor(string contribution) => new(unchecked(Seed * 397 ^ StableHash(contribution)));

    private static int StableHash(string s)
    {
        unchecked
        {
            var h = 17;
            foreach (var c in s) h = h * 31 + c;
            return h;
        }
    }
}
