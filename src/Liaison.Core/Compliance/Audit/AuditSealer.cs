using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Compliance.Audit;

/// <summary>
/// Links written audit entries into the hash chain, oldest first, under a lock (SQLite's write lock taken by
/// BEGIN IMMEDIATE; a PostgreSQL advisory lock) so that concurrent sealers never fork it. Sealing apart from the
/// business transaction keeps the lock out of every write: only sealing itself is serialised, in batches.
/// The web app seals continuously (<see cref="AuditSealSignal"/>), the CLI before it exits, and verification
/// before it verifies.
/// </summary>
[CoreService]
public sealed class AuditSealer(LiaisonDbContext db)
{
    private const long PostgresLockKey = 0x4C_69_61_69_73_6F_6E; // "Liaison"
    private const int BatchSize = 2000;

    /// <returns>How many entries were sealed.</returns>
    public async Task<int> SealAsync(CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
            var batch = await db.AuditEntries.Where(e => e.Sequence == null).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return total;

            var head = await db.AuditHead.FirstOrDefaultAsync(h => h.Id == Audit.AuditHead.SingletonId, ct);
            if (head is null) db.AuditHead.Add(head = new AuditHead());
            foreach (var entry in batch)
            {
                entry.Sequence = ++head.Sequence;
                entry.PreviousHash = head.Hash;
                entry.Hash = head.Hash = AuditHash.Compute(entry);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            total += batch.Count;
        }
    }
}
