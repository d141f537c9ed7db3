using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Common;

/// <summary>Saves an edit of a versioned record only if nobody saved it since the caller read it.</summary>
public static class OptimisticConcurrency
{
    /// <summary>Checks the caller's version and makes the database check it again at save time.</summary>
    public static Error? Expect<T>(this LiaisonDbContext db, T entity, long expectedVersion) where T : class, IVersioned
    {
        if (entity.Version != expectedVersion) return Error.Stale();
        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
        return null;
    }

    /// <summary>Saves; a concurrent save that slipped in between read and write becomes <see cref="Error.Stale"/>.</summary>
    public static async Task<Error?> SaveVersionedAsync(this LiaisonDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Stale();
        }
    }
}
