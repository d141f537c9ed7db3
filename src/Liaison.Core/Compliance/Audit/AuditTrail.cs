using Liaison.Core.Common;
using Liaison.Core.Data;

namespace Liaison.Core.Compliance.Audit;

/// <summary>
/// Writes audit entries beside the changes they describe, in the same transaction, without taking any lock:
/// writers never queue behind each other. The <see cref="AuditSealer"/> chains them right after.
/// </summary>
public static class AuditTrail
{
    /// <summary>Adds the entries for <paramref name="changes"/> to the context; the caller saves.</summary>
    /// <returns>The entries added.</returns>
    internal static List<AuditEntry> Append(LiaisonDbContext db, IReadOnlyList<AuditChange> changes, Actor actor, DateTime nowUtc)
    {
        var at = AuditHash.Truncate(nowUtc);
        var entries = new List<AuditEntry>(changes.Count);
        foreach (var c in changes)
        {
            var entry = new AuditEntry
            {
                Id = Guid.CreateVersion7(), At = at, ActorId = actor.UserId, Actor = actor.Name, Entity = c.Entity,
                EntityKey = c.EntityKey, Action = c.Action, Reason = c.Reason, OldValues = c.OldValues, NewValues = c.NewValues,
            };
            db.AuditEntries.Add(entry);
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>
    /// Records changes made outside the change tracker (set-based updates, imports) as audit entries, in the
    /// caller's transaction when there is one, so the entries commit or roll back with the changes.
    /// </summary>
    public static async Task RecordAsync(LiaisonDbContext db, IReadOnlyList<AuditChange> changes, CancellationToken ct)
    {
        if (changes.Count == 0) return;
        await db.SaveChangesAsync(ct); // pending tracked changes first, each with entries of their own
        Append(db, changes, db.Actor, db.UtcNow);
        await db.SaveAuditEntriesOnlyAsync(ct);
    }
}
