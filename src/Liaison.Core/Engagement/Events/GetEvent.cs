using Liaison.Core.Directory;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Events;

public static class GetEvent
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<EventView>> Handle(Guid id, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            var e = await db.MedicalEvents.AsNoTracking().Where(x => x.Id == id).Select(x => new
            {
                Event = x,
                Product = db.Products.Where(p => p.Id == x.ProductId).Select(p => p.Name).FirstOrDefault(),
                Owner = db.Users.Where(u => u.Id == x.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
            if (e is null) return Error.NotFound("The event");
            var speakers = await db.EventSpeakers.AsNoTracking().Where(s => s.EventId == id)
                .Select(s => new SpeakerView(s.Id, s.HcpId,
                    s.HcpId == null ? s.Name! : db.Hcps.Where(h => h.Id == s.HcpId).Select(h => Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi)).First(),
                    s.Topic))
                .ToListAsync(ct);
            var participants = await Participants(id, ct);
            var questions = await db.KnowledgeQuestions.AsNoTracking().Where(q => q.EventId == id).OrderBy(q => q.Number)
                .Select(q => new QuestionView(q.Id, q.Number, q.Text, q.Choices, q.CorrectChoice)).ToListAsync(ct);
            var x = e.Event;
            return new EventView(x.Id, x.Kind, x.Title, x.Series, x.ProductId, e.Product, x.StartsAt, x.EndsAt, x.Channel, x.Place,
                x.OwnerId, e.Owner ?? "(former user)", x.Agenda, x.Capacity, x.BudgetEstimated, x.BudgetCommitted, x.BudgetActual,
                x.Status, x.Version, speakers, participants, questions,
                (await EventOutcomes.ForAsync(db, [id], ct)).GetValueOrDefault(id) ?? EventOutcomes.Empty);
        }

        private async Task<List<ParticipantView>> Participants(Guid id, CancellationToken ct)
        {
            var rows = await db.EventParticipants.AsNoTracking().Where(p => p.EventId == id)
                .Select(p => new
                {
                    p.Id, p.HcpId, p.AdvocateId, p.Status, p.InvitedAt, p.RegisteredAt, p.CheckedInAt, p.WalkIn, p.InvitedVia,
                    Hcp = db.Hcps.Where(h => h.Id == p.HcpId).Select(h => new { h.Npi, Name = Hcp.NameOf(h.Pseudonym, null, h.FirstName, h.LastName, h.Npi), h.Credentials }).FirstOrDefault(),
                    Advocate = db.PatientAdvocates.Where(a => a.Id == p.AdvocateId).Select(a => new { a.Name, a.Organisation }).FirstOrDefault(),
                    Pre = db.KnowledgeScores.Where(s => s.ParticipantId == p.Id && s.Phase == TestPhase.Pre).Select(s => (double?)(100.0 * s.Correct / s.Total)).FirstOrDefault(),
                    Post = db.KnowledgeScores.Where(s => s.ParticipantId == p.Id && s.Phase == TestPhase.Post).Select(s => (double?)(100.0 * s.Correct / s.Total)).FirstOrDefault(),
                    Feedback = db.EventFeedback.Any(f => f.ParticipantId == p.Id),
                })
                .ToListAsync(ct);
            return rows.Select(p => new ParticipantView(p.Id, p.HcpId, p.Hcp?.Npi, p.AdvocateId, p.Hcp?.Name ?? p.Advocate?.Name ?? "?",
                    p.Hcp?.Credentials ?? p.Advocate?.Organisation, p.Status, p.InvitedAt, p.RegisteredAt, p.CheckedInAt, p.WalkIn,
                    p.Pre, p.Post, p.Feedback, p.InvitedVia))
                .OrderBy(p => p.Name).ToList();
        }
    }
}
