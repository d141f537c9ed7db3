using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Common;

/// <summary>Saves an edit of a versioned record only if nobody saved it since the caller read it.</summary>
public static class OptimisticConcurrency
{
    /// <summary>Checks the caller's version and makes the database check it again at save time.</summary>
    public static Error? Expect<T>(this LiaisonDbContext db, T entity, ExpectedVersion expected) where T : class, IVersioned
    {
        if (!expected.Matches(entity.Version)) return Error.Stale();
        // The version that matched is the one just read: a save that slips in after this read is still not overwritten.
        db.Entry(entity).Property(e => e.Version).OriginalValue = entity.Version;
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
