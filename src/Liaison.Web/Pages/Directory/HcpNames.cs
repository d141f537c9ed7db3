using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Directory;

/// <summary>The display name of an HCP that is not erased, for the pages that act on one; null when there is none.</summary>
public static class HcpNames
{
    public static Task<string?> OfActiveAsync(LiaisonDbContext db, Guid id, CancellationToken ct) =>
        db.Hcps.Where(h => h.Id == id && h.ErasedAt == null).Select(h => Core.Directory.Hcp.NameOf(null, null, h.FirstName, h.LastName, h.Npi)).FirstOrDefaultAsync(ct);

    /// <summary>The name a record about the HCP shows: the pseudonym once erased; null when there is no such HCP.</summary>
    public static Task<string?> OfAnyAsync(LiaisonDbContext db, Guid id, CancellationToken ct) =>
        db.Hcps.Where(h => h.Id == id).Select(h => Core.Directory.Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi)).FirstOrDefaultAsync(ct);
}
