using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Evidence;

/// <summary>The directory's HCPs who share a surname with the evidence, with their places and organisations.</summary>
internal static class MatchCandidates
{
    public static async Task<ILookup<string, EvidenceMatcher.Candidate>> BySurnameAsync(LiaisonDbContext db,
        IEnumerable<string> lastNames, CancellationToken ct)
    {
        var folded = lastNames.Select(EvidenceText.Surname).Where(s => s.Length > 0).Distinct().ToList();
        // Registry names are upper case; the folded key also matches mixed-case FHIR names through upper().
        var upper = lastNames.Select(n => n.Trim().ToUpperInvariant()).Concat(folded).Distinct().ToList();
        var rows = new List<EvidenceMatcher.Candidate>();
        foreach (var chunk in upper.Chunk(500))
        {
            var found = await db.Hcps.AsNoTracking()
                .Where(h => h.ErasedAt == null && chunk.Contains(h.LastName.ToUpper()))
                .Select(h => new
                {
                    h.Id, h.LastName, h.FirstName, h.MiddleName,
                    Places = h.Addresses.Select(a => new { a.City, a.State, a.PostalCode, a.Country }).ToList(),
                    Organisations = h.Affiliations.Select(a => a.Organisation!.Name).ToList(),
                })
                .ToListAsync(ct);
            rows.AddRange(found.Select(h => new EvidenceMatcher.Candidate(h.Id, h.LastName, h.FirstName, h.MiddleName,
                h.Places.Select(p => new EvidenceMatcher.Place(p.City, p.State,
                    p.PostalCode is { Length: >= 5 } z && p.Country == "US" ? z[..5] : null)).ToList(), h.Organisations)));
        }
        return rows.DistinctBy(c => c.HcpId).ToLookup(c => EvidenceText.Surname(c.LastName));
    }
}
