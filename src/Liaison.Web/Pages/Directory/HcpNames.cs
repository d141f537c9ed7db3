using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Directory;

/// <summary>The display name of an HCP that is not erased, for the pages that act on one; null when there is none.</summary>
public static class HcpNames
{
    public static Task<string?> OfActiveAsync(LiaisonDbContext db, Guid id, CancellationToken ct) =>
        db.Hcps.Where(h => h.Id == id && h.ErasedAt == null).Select(h => h.FirstName + " " + h.LastName).FirstOrDefaultAsync(ct);

    /// <summary>The name a record about the HCP shows: the pseudonym once erased; null when there is no such HCP.</summary>
    public static async Task<string?> OfAnyAsync(LiaisonDbContext db, Guid id, CancellationToken ct) =>
        await db.Hcps.Where(h => h.Id == id).Select(h => new { h.Pseudonym, h.FirstName, h.LastName, h.Npi }).FirstOrDefaultAsync(ct) is { } h
            ? h.Pseudonym ?? ((h.FirstName + " " + h.LastName).Trim() is { Length: > 0 } name ? name : Core.Directory.Hcp.Unnamed(h.Npi))
            : null;
}
