using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Compliance.Audit;

/// <summary>
/// Appends changes to the hash chain inside the caller's transaction. The head of the chain is read under a
/// lock (SQLite's write lock, taken by BEGIN IMMEDIATE; a PostgreSQL advisory lock), so concurrent writers
/// never fork the chain.
/// </summary>
public static class AuditTrail
{
    private const long PostgresLockKey = 0x4C_69_61_69_73_6F_6E; // "Liaison"

    /// <summary>Adds the entries for <paramref name="changes"/> to the context; the caller saves.</summary>
    internal static async Task AppendAsync(LiaisonDbContext db, IReadOnlyList<AuditChange> changes, Actor actor,
        DateTime nowUtc, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Audit entries must be appended inside a transaction.");
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);

        var head = await db.Set<AuditHead>().FirstOrDefaultAsync(h => h.Id == AuditHead.SingletonId, ct);
        if (head is null) db.Set<AuditHead>().Add(head = new AuditHead());
        var sequence = head.Sequence;
        var previous = head.Hash;
        var at = AuditHash.Truncate(nowUtc);
        foreach (var c in changes)
        {
            var entry = new AuditEntry
            {
                Id = Guid.CreateVersion7(), Sequence = ++sequence, At = at, ActorId = actor.UserId, Actor = actor.Name,
                Entity = c.Entity, EntityKey = c.EntityKey, Action = c.Action, Reason = c.Reason,
                OldValues = c.OldValues, NewValues = c.NewValues, PreviousHash = previous,
            };
            entry.Hash = previous = AuditHash.Compute(entry);
            db.AuditEntries.Add(entry);
        }
        head.Sequence = sequence;
        head.Hash = previous;
    }

    /// <summary>
    /// Records changes made outside the change tracker (set-based updates, imports) as audit entries, in a
    /// transaction of their own unless the caller already holds one.
    /// </summary>
    public static async Task RecordAsync(LiaisonDbContext db, IReadOnlyList<AuditChange> changes, CancellationToken ct)
    {
        if (changes.Count == 0) return;
        var owns = db.Database.CurrentTransaction is null;
        await using var tx = owns ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct); // flush pending tracked changes first, each with its own entry
        await AppendAsync(db, changes, db.Actor, db.UtcNow, ct);
        await db.SaveAuditEntriesOnlyAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }
}
