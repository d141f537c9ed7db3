using Liaison.Core.Data;
using Liaison.Core.Directory.Registry;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Evidence;

/// <summary>The directory's HCPs whose surname sounds like the evidence's, with their places and organisations.</summary>
internal static class MatchCandidates
{
    public static async Task<ILookup<string, EvidenceMatcher.Candidate>> BySurnameAsync(LiaisonDbContext db,
        IEnumerable<string> lastNames, CancellationToken ct)
    {
        // The search projection's phonetic surname key is indexed on both engines: it finds the namesakes of a
        // registry of millions without a scan (a superset the matcher narrows to the exact surname). Erased people
        // have no search entry, so they are never proposed.
        var keys = lastNames.Select(NameKey.Of).Where(k => k.Length > 0).Distinct().ToList();
        var rows = new List<EvidenceMatcher.Candidate>();
        foreach (var chunk in keys.Chunk(500))
        {
            var found = await db.Hcps.AsNoTracking()
                .Where(h => h.ErasedAt == null && db.HcpSearchEntries.Any(e => e.HcpId == h.Id && chunk.Contains(e.LastNameKey)))
                .Select(h => new
                {
                    h.Id, h.LastName, h.FirstName, h.MiddleName,
                    Places = h.Addresses.Select(a => new { a.City, a.State, a.PostalCode, a.Country }).ToList(),
                    Organisations = h.Affiliations.Select(a => a.Organisation!.Name).ToList(),
                })
                // Places and organisations in statements of their own: joined in one, each HCP's rows would be their product.
                .AsSplitQuery()
                .ToListAsync(ct);
            rows.AddRange(found.Select(h => new EvidenceMatcher.Candidate(h.Id, h.LastName, h.FirstName, h.MiddleName,
                h.Places.Select(p => new EvidenceMatcher.Place(p.City, p.State,
                    p.PostalCode is { Length: >= 5 } z && p.Country == "US" ? z[..5] : null)).ToList(), h.Organisations)));
        }
        return rows.DistinctBy(c => c.HcpId).ToLookup(c => EvidenceText.Surname(c.LastName));
    }
}
