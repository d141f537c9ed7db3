using Liaison.Core.Data;
using Liaison.Core.Directory.Demo;
using Liaison.Core.Engagement.Demo;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Impact.Simulation;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Demo;

/// <summary>
/// The oncology initiative's outcome panel built around the engagement demo's oncology sessions (the event series of
/// the same name): exactly the sessions' checked-in oncologists are treated, so the initiative's exposures are that
/// attendance. Who gets a treated subject's simulated prescribing is the targeting model's choice (high pre-period
/// prescribers, as a field team would target them); each is named by an attendee's NPI. The comparison subjects are
/// the directory's other oncologists, then prescribers outside the directory (demo-range NPIs no HCP record holds).
/// </summary>
internal sealed record DemoAttendancePanel(IReadOnlyList<SimulatedSubject> Subjects, IReadOnlyList<Guid> EventIds)
{
    /// <summary>Null when the case is not the oncology initiative or no session has attendance (no engagement demo).</summary>
    public static async Task<DemoAttendancePanel?> ForAsync(LiaisonDbContext db, DemoImpactPanels.Case c, Random rng, CancellationToken ct)
    {
        if (c.Name != DemoEngagement.OncologySeries) return null;
        var eventIds = await db.MedicalEvents.AsNoTracking().Where(e => e.Series == DemoEngagement.OncologySeries)
            .OrderBy(e => e.StartsAt).Select(e => e.Id).ToListAsync(ct);
        var attended = await new EventExposures.Handler(db).Handle(eventIds, ct);
        if (attended.Count == 0 || attended.Count * 4 > c.Spec.Subjects) return null;

        var subjects = PanelSimulation.GenerateWithTreated(c.Spec, attended.Count, rng);
        var attendees = attended.OrderBy(_ => rng.Next()).ToList();
        var taken = attended.Select(a => a.SubjectId).ToHashSet(StringComparer.Ordinal);
        var codes = DemoCast.OncologyCodes;
        var directory = await db.Hcps.AsNoTracking().Where(h => h.Npi != null).Select(h => new { Npi = h.Npi!, h.PrimaryTaxonomyCode })
            .ToListAsync(ct);
        var known = directory.Select(h => h.Npi).ToHashSet(StringComparer.Ordinal);
        using var comparison = directory.Where(h => h.PrimaryTaxonomyCode is { } t && codes.Contains(t) && !taken.Contains(h.Npi))
            .Select(h => h.Npi).Order(StringComparer.Ordinal)
            .Concat(Enumerable.Range(DemoDirectory.HcpCount + 1, 9_000_000).Select(DemoDirectory.DemoNpi).Where(n => !known.Contains(n)))
            .GetEnumerator();
        var (nextAttendee, named) = (0, new List<SimulatedSubject>(subjects.Count));
        foreach (var s in subjects)
        {
            if (s.Treated)
            {
                var a = attendees[nextAttendee++];
                named.Add(s with { Id = a.SubjectId, ExposedOn = a.ExposedOn });
            }
            else
            {
                comparison.MoveNext();
                named.Add(s with { Id = comparison.Current });
            }
        }
        return new DemoAttendancePanel(named, eventIds);
    }
}
