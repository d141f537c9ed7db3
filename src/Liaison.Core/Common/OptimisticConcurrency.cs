using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Common;

/// <summary>Saves an edit of a versioned record only if nobody saved it since the caller read it.</summary>
public static class OptimisticConcurrency
{
    /// <summary>
    /// The version of an edit made to whichever version is current (the API's <c>If-Match: *</c>, RFC 9110 §13.1.1):
    /// no version a record can have, as versions count up from zero.
    /// </summary>
    public const long AnyVersion = -1;

    /// <summary>Checks the caller's version and makes the database check it again at save time.</summary>
    public static Error? Expect<T>(this LiaisonDbContext db, T entity, long expectedVersion) where T : class, IVersioned
    {
        // Any version is the one just read: a save that slips in after this read is still not overwritten.
        if (expectedVersion == AnyVersion) expectedVersion = entity.Version;
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
