using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Dashboards;

/// <summary>
/// A quick look at the audit chain for the dashboard: entries sealed, awaiting the sealer, and whether the head link
/// matches the last sealed entry (a cut-off end shows here at once). It does not recompute hashes: the full
/// verification walks the whole trail and stays an explicit action on the audit page.
/// </summary>
public static class AuditChainStatus
{
    public sealed record View(long Sealed, long Unsealed, long HeadSequence, long LastSequence, string? HeadHash)
    {
        public bool HeadMatches => HeadSequence == LastSequence && Sealed == LastSequence;
    }

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<View> Handle(CancellationToken ct)
        {
            // One pass over the audit table (an index-only scan of the sequence index on both engines), not one per figure.
            var counts = await db.AuditEntries.AsNoTracking().GroupBy(_ => 1)
                .Select(g => new { Sealed = g.LongCount(e => e.Sequence != null), All = g.LongCount(), Last = g.Max(e => e.Sequence) })
                .FirstOrDefaultAsync(ct);
            var head = await db.AuditHead.AsNoTracking().FirstOrDefaultAsync(ct);
            return new View(counts?.Sealed ?? 0, (counts?.All ?? 0) - (counts?.Sealed ?? 0), head?.Sequence ?? 0, counts?.Last ?? 0, head?.Hash);
        }
    }
}
