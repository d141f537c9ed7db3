using System.Collections.Concurrent;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Registry;

/// <summary>
/// The NUCC code set a workspace reads its taxonomy codes with: the release it imported (<c>liaison import nucc</c>)
/// over the one Liaison ships, or the shipped one alone. Asked on every search and profile, it is remembered per
/// workspace until a release is imported in this process, and at most <see cref="Lifetime"/> (an import by another
/// process, such as the command line beside the web app).
/// </summary>
public sealed class TaxonomyCodes
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>The workspace setting naming the imported release ("25.0").</summary>
    public const string ReleaseSetting = "directory.nucc-release";

    private readonly ConcurrentDictionary<string, (TaxonomyCodeSet Set, long Generation, long At)> _known = new(StringComparer.Ordinal);

    public async ValueTask<TaxonomyCodeSet> CurrentAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var key = db.Database.GetConnectionString() ?? "";
        // The release's name is a workspace setting: a change of either is a new set.
        var generation = EntityGenerations.Of(nameof(TaxonomyCode)) + EntityGenerations.Of(nameof(WorkspaceSetting));
        var now = Environment.TickCount64;
        if (_known.TryGetValue(key, out var k) && k.Generation == generation && now - k.At < Lifetime.TotalMilliseconds) return k.Set;
        var set = await ReadAsync(db, ct);
        _known[key] = (set, generation, now);
        return set;
    }

    /// <summary>The workspace's code set as the database holds it now.</summary>
    public static async Task<TaxonomyCodeSet> ReadAsync(LiaisonDbContext db, CancellationToken ct)
    {
        var release = await db.WorkspaceSettings.AsNoTracking().Where(s => s.Key == ReleaseSetting).Select(s => s.Value).FirstOrDefaultAsync(ct);
        if (release is null) return NuccCodeSet.Shipped;
        return NuccCodeSet.Shipped.With(await db.TaxonomyCodes.AsNoTracking().ToListAsync(ct), release);
    }
}
