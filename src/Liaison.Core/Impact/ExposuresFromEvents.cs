using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Events;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Impact;

/// <summary>
/// An initiative takes its exposures from events' attendance (PRODUCT.md §2.2, §2.8): every HCP checked in to any of
/// the events is a treated subject, keyed by NPI (the subject id of HCP outcome data: Part D and company prescribing
/// are per prescriber NPI), exposed on the day of their first attended event (<see cref="EventExposures"/>).
/// <list type="bullet">
/// <item>Only initiatives whose subjects are HCPs can: attendance lists HCPs, not patients or sites.</item>
/// <item>An attendee with no row in the initiative's outcome dataset is left out and counted: the analysis cannot
/// measure someone it has no outcomes for (the engine refuses unknown exposed subjects).</item>
/// <item>Re-running replaces the event-sourced exposures and the list of events (idempotent); exposures from another
/// source (an exposures CSV) stay, and an attendee already listed by one keeps that row.</item>
/// </list>
/// One audit entry summarises each run; the links to the events are audited row by row.
/// </summary>
public static class ExposuresFromEvents
{
    public sealed record Command(IReadOnlyList<Guid> EventIds);

    /// <summary>An event an initiative designer can pick: aggregates only (how many checked in), never who.</summary>
    public sealed record EventChoice(Guid Id, string Title, string? Series, DateTime StartsAt, int CheckedIn, bool Chosen);

    public sealed record Report(string Initiative, int Events, int Attendees, int Targets, int WithoutOutcomes, int AlreadyListed);

    public sealed class Handler(LiaisonDbContext db, EventExposures.Handler attendance)
    {
        public async Task<Result<Report>> Handle(Guid initiativeId, Command command, CancellationToken ct)
        {
            var initiative = await db.Initiatives.AsNoTracking().Include(i => i.OutcomeDataset)
                .FirstOrDefaultAsync(i => i.Id == initiativeId, ct);
            if (initiative is null) return Error.NotFound("The initiative");
            var eventIds = command.EventIds.Distinct().ToList();
            const string field = nameof(Command.EventIds);
            if (eventIds.Count == 0)
                return Error.Invalid(field, "Choose at least one event whose attendance becomes the initiative's exposures.");
            if (initiative.TargetKind != "hcp")
                return Error.Invalid(field, $"The initiative's subjects are {initiative.TargetKind}s; event attendance lists HCPs, so it cannot be its exposures.");
            var found = await db.MedicalEvents.AsNoTracking().Where(e => eventIds.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);
            if (eventIds.Except(found).ToList() is { Count: > 0 } unknown)
                return Error.Invalid(field, $"No event has the id {string.Join(", ", unknown)}.");

            var attended = await attendance.Handle(eventIds, ct);
            if (attended.Count == 0)
                return Error.Invalid(field, "Nobody with an NPI has checked in to these events: there is no attendance to take as exposures.");
            var npis = attended.Select(a => a.SubjectId).ToList();
            var measured = (await db.OutcomeObservations.AsNoTracking()
                    .Where(o => o.DatasetId == initiative.OutcomeDatasetId && npis.Contains(o.SubjectId))
                    .Select(o => o.SubjectId).Distinct().ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            if (measured.Count == 0)
                return Error.Invalid(field, $"None of the {attended.Count} attendees (by NPI) is a subject of the outcome dataset " +
                    $"'{initiative.OutcomeDataset!.Name}': import outcomes for them first, or choose the initiative's own events.");

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.InitiativeTargets.Where(t => t.InitiativeId == initiative.Id && t.Source == InitiativeTarget.FromEvents).ExecuteDeleteAsync(ct);
            var listed = (await db.InitiativeTargets.AsNoTracking().Where(t => t.InitiativeId == initiative.Id)
                .Select(t => t.SubjectId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var targets = attended.Where(a => measured.Contains(a.SubjectId) && !listed.Contains(a.SubjectId)).ToList();
            await BulkRows.TargetsAsync(db, targets.Select(a => new InitiativeTarget
                { InitiativeId = initiative.Id, SubjectId = a.SubjectId, ExposedOn = a.ExposedOn, Source = InitiativeTarget.FromEvents }), ct);

            var links = await db.InitiativeExposureEvents.Where(x => x.InitiativeId == initiative.Id).ToListAsync(ct);
            db.InitiativeExposureEvents.RemoveRange(links.Where(x => !eventIds.Contains(x.EventId)));
            db.InitiativeExposureEvents.AddRange(eventIds.Where(e => links.All(x => x.EventId != e))
                .Select(e => new InitiativeExposureEvent { InitiativeId = initiative.Id, EventId = e }));
            await db.SaveChangesAsync(ct);

            var report = new Report(initiative.Slug, eventIds.Count, attended.Count, targets.Count, attended.Count - measured.Count,
                attended.Count(a => measured.Contains(a.SubjectId) && listed.Contains(a.SubjectId)));
            await AuditTrail.RecordAsync(db, [new AuditChange(nameof(InitiativeTarget), initiative.Id.ToString(), "Import", null,
                JsonSerializer.Serialize(new { initiative = initiative.Slug, source = InitiativeTarget.FromEvents, events = eventIds,
                    attendees = report.Attendees, targets = report.Targets, withoutOutcomes = report.WithoutOutcomes,
                    alreadyListed = report.AlreadyListed }))], ct);
            await tx.CommitAsync(ct);
            return report;
        }

        /// <summary>
        /// Events with check-ins, newest first (at most <paramref name="limit"/>), and whether the initiative already takes
        /// its exposures from each; the chosen ones always appear.
        /// </summary>
        public async Task<IReadOnlyList<EventChoice>> Choices(Guid initiativeId, int limit, CancellationToken ct)
        {
            var chosen = db.InitiativeExposureEvents.Where(x => x.InitiativeId == initiativeId).Select(x => x.EventId);
            return await db.MedicalEvents.AsNoTracking()
                .Where(e => chosen.Contains(e.Id) || db.EventParticipants.Any(p => p.EventId == e.Id && p.CheckedInAt != null))
                .OrderByDescending(e => chosen.Contains(e.Id)).ThenByDescending(e => e.StartsAt).Take(limit)
                .Select(e => new EventChoice(e.Id, e.Title, e.Series, e.StartsAt,
                    db.EventParticipants.Count(p => p.EventId == e.Id && p.CheckedInAt != null && p.HcpId != null), chosen.Contains(e.Id)))
                .ToListAsync(ct);
        }
    }
}
