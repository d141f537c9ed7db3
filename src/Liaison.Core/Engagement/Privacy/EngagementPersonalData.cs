using Liaison.Core.Data;
using Liaison.Core.Directory.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Privacy;

// The rest of field engagement's personal data about an HCP: each section says what erasure does to it and why.

/// <summary>
/// Events the person was invited to, attended or spoke at, with test scores and feedback. Erasure keeps the
/// participation and speaker rows (an event's attendance, budget per head and an initiative's exposure history are
/// the company's records, and they point at the pseudonymised record) and removes the person's own words: feedback
/// comments. Scores are numbers about a pseudonym and stay.
/// </summary>
internal sealed class EventsPersonalData : IHcpPersonalData
{
    public string Section => "events";

    public Task<List<Guid>> RecordIdsAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.EventParticipants.Where(p => p.HcpId == hcpId).Select(p => p.Id).ToListAsync(ct);

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) => new
    {
        participation = await db.EventParticipants.AsNoTracking().Where(p => p.HcpId == hcpId)
            .Join(db.MedicalEvents, p => p.EventId, e => e.Id, (p, e) => new
            {
                eventId = e.Id, e.Title, e.StartsAt, e.Place, p.Status, p.InvitedAt, p.RegisteredAt, p.CheckedInAt, p.WalkIn,
                scores = db.KnowledgeScores.Where(s => s.ParticipantId == p.Id).Select(s => new { s.Phase, s.Correct, s.Total, s.TakenAt }).ToList(),
                feedback = db.EventFeedback.Where(f => f.ParticipantId == p.Id)
                    .Select(f => new { f.Overall, f.Relevance, f.SpeakerQuality, f.WouldRecommend, f.Comments, f.SubmittedAt }).FirstOrDefault(),
            })
            .OrderBy(x => x.StartsAt).ToListAsync(ct),
        speaking = await db.EventSpeakers.AsNoTracking().Where(s => s.HcpId == hcpId)
            .Join(db.MedicalEvents, s => s.EventId, e => e.Id, (s, e) => new { eventId = e.Id, e.Title, e.StartsAt, s.Topic })
            .OrderBy(x => x.StartsAt).ToListAsync(ct),
    };

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.EventFeedback.Where(f => f.Comments != null && db.EventParticipants.Any(p => p.Id == f.ParticipantId && p.HcpId == hcpId))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Comments, (string?)null), ct);
}

/// <summary>
/// MSLs' engagement plans for the person. A plan is planning, not a record anyone must keep, and its objectives are
/// written about the person: erasure deletes the plans (their quarters go with them).
/// </summary>
internal sealed class PlansPersonalData : IHcpPersonalData
{
    public string Section => "engagementPlans";

    public Task<List<Guid>> RecordIdsAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.EngagementPlans.Where(p => p.HcpId == hcpId).Select(p => p.Id).ToListAsync(ct);

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.EngagementPlans.AsNoTracking().Where(p => p.HcpId == hcpId).OrderBy(p => p.Year)
            .Select(p => new
            {
                p.Year, p.Objectives, msl = db.Users.Where(u => u.Id == p.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                quarters = p.Quarters.OrderBy(q => q.Quarter).Select(q => new { q.Quarter, q.Objective, q.PlannedTouchpoints }).ToList(),
            })
            .ToListAsync(ct);

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.EngagementPlans.Where(p => p.HcpId == hcpId).ExecuteDeleteAsync(ct);
}

/// <summary>
/// Transfers of value to the person. They are regulatory records: the Sunshine Act requires the company to report them
/// to CMS (Open Payments) and keep them, an obligation erasure does not lift (GDPR art. 17(3)(b)). Erasure leaves them
/// intact and linked to the HCP record, which it pseudonymises but keeps.
/// </summary>
internal sealed class TransfersPersonalData : IHcpPersonalData
{
    public string Section => "transfersOfValue";

    public Task<List<Guid>> RecordIdsAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.TransfersOfValue.Where(t => t.HcpId == hcpId).Select(t => t.Id).ToListAsync(ct);

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.TransfersOfValue.AsNoTracking().Where(t => t.HcpId == hcpId).OrderBy(t => t.PaidOn)
            .Select(t => new
            {
                t.Id, t.Amount, t.PaidOn, t.Nature, t.Form, t.NumberOfPayments, t.Context, t.CityOfTravel, t.StateOfTravel, t.CountryOfTravel,
                @event = db.MedicalEvents.Where(e => e.Id == t.EventId).Select(e => e.Title).FirstOrDefault(), t.RecordedBy,
            })
            .ToListAsync(ct);

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) => Task.FromResult(0);
}

/// <summary>
/// Other companies' payments to the person, from CMS's public Open Payments files. They are not the company's records
/// and nothing obliges it to keep them about someone who asked to be erased: erasure deletes the rows linked to the
/// person and the unlinked rows of their NPI (a later import of the public file adds them back unlinked, as published,
/// and cannot link them again: the erased record has no NPI or name left to match).
/// </summary>
internal sealed class OpenPaymentsPersonalData : IHcpPersonalData
{
    public string Section => "openPayments";

    public async Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        await db.ExternalPayments.AsNoTracking().Where(p => p.HcpId == hcpId).OrderBy(p => p.PaidOn)
            .Select(p => new { p.Kind, p.RecordId, p.ProgramYear, p.PayerName, p.Amount, p.PaidOn, p.Nature, p.Form, p.ProductName, p.StudyName })
            .ToListAsync(ct);

    public Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) =>
        db.ExternalPayments.Where(p => p.HcpId == hcpId || (p.Npi != null && db.Hcps.Any(h => h.Id == hcpId && h.Npi == p.Npi)))
            .ExecuteDeleteAsync(ct);
}
