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
        var entries = Unsealed(changes, actor, nowUtc);
        db.AuditEntries.AddRange(entries);
        return entries;
    }

    /// <summary>
    /// The entries for <paramref name="changes"/>, for a writer outside the context (an import's own connection) to insert in
    /// its transaction; the <see cref="AuditSealer"/> chains them like any other.
    /// </summary>
    internal static List<AuditEntry> Unsealed(IReadOnlyList<AuditChange> changes, Actor actor, DateTime nowUtc)
    {
        var at = AuditHash.Truncate(nowUtc);
        return changes.Select(c => new AuditEntry
        {
            Id = Guid.CreateVersion7(), At = at, ActorId = actor.UserId, Actor = actor.Name, Entity = c.Entity,
            EntityKey = c.EntityKey, Action = c.Action, Reason = c.Reason, OldValues = c.OldValues, NewValues = c.NewValues,
        }).ToList();
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
