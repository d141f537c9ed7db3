using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Events;

/// <summary>
/// Attendance as an impact initiative's exposure list (PRODUCT.md §2.8, exposures.csv): one row per HCP who checked
/// in to any of the events, keyed by NPI, exposed on the day of their first attended event. HCPs without an NPI
/// and patient-advocacy participants are not subjects of prescribing outcomes and are left out. For the integrator
/// and the impact capability to wire; it reads no actor (an initiative's owner already chose the events).
/// </summary>
public static class EventExposures
{
    public sealed record Exposure(string SubjectId, DateOnly ExposedOn);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<IReadOnlyList<Exposure>> Handle(IReadOnlyCollection<Guid> eventIds, CancellationToken ct)
        {
            var rows = await db.EventParticipants.AsNoTracking()
                .Where(p => eventIds.Contains(p.EventId) && p.CheckedInAt != null && p.HcpId != null)
                .Join(db.MedicalEvents, p => p.EventId, e => e.Id, (p, e) => new { p.HcpId, e.StartsAt })
                .Join(db.Hcps.Where(h => h.Npi != null), x => x.HcpId, h => h.Id, (x, h) => new { Npi = h.Npi!, x.StartsAt })
                .GroupBy(x => x.Npi)
                .Select(g => new { Npi = g.Key, First = g.Min(x => x.StartsAt) })
                .ToListAsync(ct);
            return rows.Select(r => new Exposure(r.Npi, DateOnly.FromDateTime(r.First))).OrderBy(e => e.SubjectId, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The same for every event of a series (an initiative's programme).</summary>
        public async Task<IReadOnlyList<Exposure>> ForSeries(string series, CancellationToken ct) =>
            await Handle(await db.MedicalEvents.Where(e => e.Series == series).Select(e => e.Id).ToListAsync(ct), ct);
    }
}
