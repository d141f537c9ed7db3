using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Events;

/// <summary>
/// Invitations, registrations, declines, check-ins and walk-ins. An invitation goes by a channel and needs the HCP's
/// consent for it (<see cref="ContactConsent"/>); a walk-in does not.
/// </summary>
public static class EventParticipation
{
    /// <summary>
    /// Why no one can take part now: a cancelled event takes no one (its attendance feeds impact exposures); attendance
    /// (a check-in, a walk-in, feedback) is recorded from an hour before the start.
    /// </summary>
    internal static Error? Closed(MedicalEvent e, DateTime now, bool attending)
    {
        if (e.Status == EventStatus.Cancelled)
            return Error.Conflict("The event was cancelled: no one can be invited to it, register, check in or give feedback.");
        if (attending && e.StartsAt > now.AddHours(1))
            return Error.Conflict($"The event starts on {e.StartsAt:yyyy-MM-dd HH:mm} UTC: attendance is recorded from an hour before its start.");
        return null;
    }

    public sealed class Handler(LiaisonDbContext db, ContactConsent consent)
    {
        public async Task<Result<EventView>> Invite(Guid eventId, ParticipantsFields f, CancellationToken ct) =>
            await AddPeople(eventId, f, walkIn: false, ct);

        /// <summary>Someone who turned up without an invitation: added and checked in at once.</summary>
        public async Task<Result<EventView>> WalkIn(Guid eventId, ParticipantsFields f, CancellationToken ct) =>
            await AddPeople(eventId, f, walkIn: true, ct);

        public Task<Result<EventView>> Register(Guid eventId, Guid participantId, CancellationToken ct) =>
            Move(eventId, participantId, attending: false, p =>
            {
                if (p.Status == ParticipationStatus.Attended) return null;
                p.Status = ParticipationStatus.Registered;
                p.RegisteredAt ??= db.UtcNow;
                return null;
            }, ct);

        public Task<Result<EventView>> Decline(Guid eventId, Guid participantId, CancellationToken ct) =>
            Move(eventId, participantId, attending: null, p =>
            {
                if (p.Status == ParticipationStatus.Attended) return Error.Conflict("This participant has already checked in.");
                p.Status = ParticipationStatus.Declined;
                return null;
            }, ct);

        public Task<Result<EventView>> CheckIn(Guid eventId, Guid participantId, CancellationToken ct) =>
            Move(eventId, participantId, attending: true, p =>
            {
                p.Status = ParticipationStatus.Attended;
                p.CheckedInAt ??= db.UtcNow;
                return null;
            }, ct);

        private async Task<Result<EventView>> AddPeople(Guid eventId, ParticipantsFields f, bool walkIn, CancellationToken ct)
        {
            var found = await EventAccess.LoadForChangeAsync(db, eventId, ct);
            if (!found.IsSuccess) return found.Error!;
            if (Closed(found.Value!, db.UtcNow, attending: walkIn) is { } closed) return closed;
            var hcpIds = f.HcpIds.Distinct().ToList();
            var advocateIds = f.AdvocateIds.Distinct().ToList();
            if (hcpIds.Count + advocateIds.Count == 0) return Error.Invalid(nameof(f.HcpIds), "Name at least one person.");
            if (await db.Hcps.CountAsync(h => hcpIds.Contains(h.Id), ct) != hcpIds.Count)
                return Error.Invalid(nameof(f.HcpIds), "An HCP is not in the directory.");
            if (await db.PatientAdvocates.CountAsync(a => advocateIds.Contains(a.Id), ct) != advocateIds.Count)
                return Error.Invalid(nameof(f.AdvocateIds), "A patient-advocacy representative was not found.");
            var existing = await db.EventParticipants.Where(p => p.EventId == eventId).ToListAsync(ct);
            // Someone already taking part stays; an erased person is not added to anything new.
            var erased = await db.Hcps.Where(h => hcpIds.Contains(h.Id) && h.ErasedAt != null).Select(h => h.Id).ToListAsync(ct);
            if (erased.Any(id => existing.All(p => p.HcpId != id)))
                return Error.Invalid(nameof(f.HcpIds), NewRecordSubject.Erased("An HCP"));
            if (!walkIn)
            {
                var newlyContacted = hcpIds.Where(h => !existing.Any(p => p.HcpId == h)).ToList();
                if (await consent.CheckInvitationsAsync(newlyContacted, f.Channel, nameof(f.HcpIds), ct) is { } refused) return refused;
            }
            var now = db.UtcNow;
            var people = hcpIds.Select(h => (Hcp: (Guid?)h, Advocate: (Guid?)null))
                .Concat(advocateIds.Select(a => (Hcp: (Guid?)null, Advocate: (Guid?)a)));
            foreach (var (hcp, advocate) in people)
            {
                var p = existing.FirstOrDefault(x => (hcp is not null && x.HcpId == hcp) || (advocate is not null && x.AdvocateId == advocate));
                if (p is null)
                {
                    p = new EventParticipant
                    {
                        Id = Guid.CreateVersion7(), EventId = eventId, HcpId = hcp, AdvocateId = advocate,
                        Status = ParticipationStatus.Invited, InvitedAt = walkIn ? null : now, WalkIn = walkIn,
                        InvitedVia = walkIn ? null : f.Channel,
                    };
                    db.EventParticipants.Add(p);
                }
                if (walkIn)
                {
                    p.Status = ParticipationStatus.Attended;
                    p.CheckedInAt ??= now;
                }
            }
            await db.SaveChangesAsync(ct);
            return await new GetEvent.Handler(db).Handle(eventId, ct);
        }

        /// <param name="attending">True for a check-in, false for another change of who takes part, null for a decline (always allowed).</param>
        private async Task<Result<EventView>> Move(Guid eventId, Guid participantId, bool? attending, Func<EventParticipant, Error?> change,
            CancellationToken ct)
        {
            var found = await EventAccess.LoadForChangeAsync(db, eventId, ct);
            if (!found.IsSuccess) return found.Error!;
            if (attending is { } a && Closed(found.Value!, db.UtcNow, a) is { } closed) return closed;
            var p = await db.EventParticipants.FirstOrDefaultAsync(x => x.Id == participantId && x.EventId == eventId, ct);
            if (p is null) return Error.NotFound("The participant");
            if (change(p) is { } refused) return refused;
            await db.SaveChangesAsync(ct);
            return await new GetEvent.Handler(db).Handle(eventId, ct);
        }
    }
}
