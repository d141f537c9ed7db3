using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Changes;

/// <summary>
/// For movers of regulatory records (transfers of value, safety intakes, unsolicited requests): rows move one at a time
/// through the change tracker, so each record gets its own audit entry and a new version, not only the merge's summary.
/// They are few per person, so the round trip is cheap.
/// </summary>
public static class AuditedMove
{
    public static async Task<int> RunAsync<T>(LiaisonDbContext db, IQueryable<T> rows, Action<T> move, CancellationToken ct) where T : class
    {
        var tracked = await rows.ToListAsync(ct);
        foreach (var row in tracked) move(row);
        await db.SaveChangesAsync(ct);
        return tracked.Count;
    }
}
