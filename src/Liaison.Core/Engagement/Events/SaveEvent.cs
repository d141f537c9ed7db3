using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Events;

/// <summary>Plans an event, or edits its details, agenda, speakers, budget and status.</summary>
public static class SaveEvent
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<EventView>> Create(EventFields f, CancellationToken ct)
        {
            if (!db.Actor.IsMedical() || db.Actor.UserId is not { } me) return EngagementAccess.Firewall();
            var e = new MedicalEvent { Id = Guid.CreateVersion7(), OwnerId = me, CreatedAt = db.UtcNow };
            if (await Apply(e, f, ct) is { } invalid) return invalid;
            db.MedicalEvents.Add(e);
            await db.SaveChangesAsync(ct);
            return await new GetEvent.Handler(db).Handle(e.Id, ct);
        }

        public async Task<Result<EventView>> Update(Guid id, ExpectedVersion expectedVersion, EventFields f, CancellationToken ct)
        {
            var found = await EventAccess.LoadForChangeAsync(db, id, ct);
            if (!found.IsSuccess) return found.Error!;
            var e = found.Value!;
            await db.Entry(e).Collection(x => x.Speakers).LoadAsync(ct);
            if (db.Expect(e, expectedVersion) is { } stale) return stale;
            if (await Apply(e, f, ct) is { } invalid) return invalid;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await new GetEvent.Handler(db).Handle(id, ct);
        }

        // The title is one line wherever it shows: lists, page headings, the calendar feed's SUMMARY.
        private static readonly char[] LineBreaks = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

        private async Task<Error?> Apply(MedicalEvent e, EventFields f, CancellationToken ct)
        {
            if (f.Title.IndexOfAny(LineBreaks) >= 0) return Error.Invalid(nameof(f.Title), "A title is one line: remove the line breaks.");
            var starts = DateTime.SpecifyKind(f.StartsAt!.Value, DateTimeKind.Utc);
            var ends = DateTime.SpecifyKind(f.EndsAt!.Value, DateTimeKind.Utc);
            if (ends <= starts) return Error.Invalid(nameof(f.EndsAt), "The event must end after it starts.");
            if (DateWindow.Outside(nameof(f.StartsAt), starts, db.UtcNow.AddYears(5), "an event: from 2000 to five years ahead") is { } when)
                return when;
            if (ends > starts.AddDays(31)) return Error.Invalid(nameof(f.EndsAt), "An event lasts at most a month: check the end date.");
            if (f.Status == EventStatus.Held && starts > db.UtcNow)
                return Error.Invalid(nameof(f.Status), "An event is held once it has started: keep it planned until then.");
            if (f.ProductId is { } product && !await db.Products.AnyAsync(p => p.Id == product, ct))
                return Error.Invalid(nameof(f.ProductId), "The product was not found.");
            if (f.Speakers.Any(s => s.HcpId is null && string.IsNullOrWhiteSpace(s.Name)))
                return Error.Invalid(nameof(f.Speakers), "Each speaker is an HCP from the directory or has a name.");
            var speakerHcps = f.Speakers.Where(s => s.HcpId is not null).Select(s => s.HcpId!.Value).Distinct().ToList();
            if (await db.Hcps.CountAsync(h => speakerHcps.Contains(h.Id), ct) != speakerHcps.Count)
                return Error.Invalid(nameof(f.Speakers), "A speaker is not in the directory.");
            e.Kind = f.Kind!.Value;
            e.Title = f.Title.Trim();
            e.Series = string.IsNullOrWhiteSpace(f.Series) ? null : f.Series.Trim();
            e.ProductId = f.ProductId;
            e.StartsAt = starts;
            e.EndsAt = ends;
            e.Channel = f.Channel!.Value;
            e.Place = string.IsNullOrWhiteSpace(f.Place) ? null : f.Place.Trim();
            e.Agenda = string.IsNullOrWhiteSpace(f.Agenda) ? null : f.Agenda.Trim();
            e.Capacity = f.Capacity;
            e.BudgetEstimated = f.BudgetEstimated;
            e.BudgetCommitted = f.BudgetCommitted;
            e.BudgetActual = f.BudgetActual;
            e.Status = f.Status;
            var wanted = f.Speakers.Select(s => (s.HcpId, Name: Clean(s.Name), Topic: Clean(s.Topic))).ToList();
            e.Speakers.RemoveAll(s => !wanted.Contains((s.HcpId, s.Name, s.Topic)));
            foreach (var (hcpId, name, topic) in wanted.Where(w => !e.Speakers.Any(s => (s.HcpId, s.Name, s.Topic) == w)))
            {
                var speaker = new EventSpeaker { Id = Guid.CreateVersion7(), EventId = e.Id, HcpId = hcpId, Name = name, Topic = topic };
                e.Speakers.Add(speaker);
                db.Add(speaker);
            }
            return null;
        }

        private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}

/// <summary>Who may change an event: its organiser, or a manager.</summary>
internal static class EventAccess
{
    public static async Task<Result<MedicalEvent>> LoadForChangeAsync(LiaisonDbContext db, Guid id, CancellationToken ct)
    {
        if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
        var e = await db.MedicalEvents.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return Error.NotFound("The event");
        if (e.OwnerId != db.Actor.UserId && !db.Actor.IsIn(Roles.MslManager) && !db.Actor.IsIn(Roles.Admin))
            return Error.Forbidden("Only the event's organiser or a manager may change it.");
        return e;
    }
}
