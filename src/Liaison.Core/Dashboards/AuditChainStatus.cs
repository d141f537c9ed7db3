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
            var entries = db.AuditEntries.AsNoTracking();
            var head = await db.AuditHead.AsNoTracking().FirstOrDefaultAsync(ct);
            return new View(await entries.LongCountAsync(e => e.Sequence != null, ct), await entries.LongCountAsync(e => e.Sequence == null, ct),
                head?.Sequence ?? 0, await entries.MaxAsync(e => e.Sequence, ct) ?? 0, head?.Hash);
        }
    }
}
