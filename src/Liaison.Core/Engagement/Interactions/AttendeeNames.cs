using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>
/// Who attended: the first few names of an interaction's attendees (HCPs by surname, then patient-advocacy
/// representatives) and how many there were, so that lists and reminders say whom the MSL met, not only when.
/// </summary>
public sealed record AttendeeNames(IReadOnlyList<string> Names, int Count)
{
    /// <summary>Names a list shows; the rest are counted.</summary>
    public const int Shown = 3;

    public static readonly AttendeeNames None = new([], 0);

    /// <summary>"Dr. Ana Ruiz, Ben Ode and 7 more".</summary>
    public override string ToString() => Count == 0 ? "—"
        : string.Join(", ", Names) + (Count > Names.Count ? $" and {Count - Names.Count} more" : "");

    /// <summary>The attendees of each of <paramref name="interactionIds"/> (a page of them), in one statement.</summary>
    public static async Task<Dictionary<Guid, AttendeeNames>> OfAsync(LiaisonDbContext db, IReadOnlyCollection<Guid> interactionIds,
        CancellationToken ct)
    {
        if (interactionIds.Count == 0) return [];
        var ids = interactionIds.Distinct().ToList();
        var rows = await (
            from a in db.InteractionAttendees.AsNoTracking()
            where ids.Contains(a.InteractionId)
            join h in db.Hcps.AsNoTracking() on a.HcpId equals (Guid?)h.Id into hcps
            from h in hcps.DefaultIfEmpty()
            join p in db.PatientAdvocates.AsNoTracking() on a.AdvocateId equals (Guid?)p.Id into advocates
            from p in advocates.DefaultIfEmpty()
            select new
            {
                a.InteractionId, IsHcp = a.HcpId != null, Found = h != null, h.Npi, h.Pseudonym, h.NamePrefix, h.FirstName, h.LastName, Advocate = p.Name,
            }).ToListAsync(ct);
        return rows.GroupBy(r => r.InteractionId).ToDictionary(g => g.Key, g =>
        {
            var named = g.Select(r => (Order: r.IsHcp ? 0 : 1, Sort: r.IsHcp ? r.Pseudonym ?? $"{r.LastName} {r.FirstName}" : r.Advocate ?? "",
                    Name: r.IsHcp ? r.Found ? Directory.Hcp.NameOf(r.Pseudonym, r.NamePrefix, r.FirstName, r.LastName, r.Npi) : "(removed HCP)" : r.Advocate ?? "(removed)"))
                .OrderBy(n => n.Order).ThenBy(n => n.Sort, StringComparer.OrdinalIgnoreCase).ToList();
            return new AttendeeNames(named.Take(Shown).Select(n => n.Name).ToList(), named.Count);
        });
    }
}
