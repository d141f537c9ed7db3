using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Events;

/// <summary>The event's knowledge test (one question set, asked before and after), scores and feedback forms.</summary>
public static class EventTests
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<EventView>> SetQuestions(Guid eventId, IReadOnlyList<QuestionFields> questions, CancellationToken ct)
        {
            var found = await EventAccess.LoadForChangeAsync(db, eventId, ct);
            if (!found.IsSuccess) return found.Error!;
            if (questions.Count is 0 or > 50) return Error.Invalid("Questions", "A test has between 1 and 50 questions.");
            if (questions.FirstOrDefault(q => q.CorrectChoice >= q.Choices.Count) is { } bad)
                return Error.Invalid("Questions", $"“{bad.Text}”: the correct choice is not one of its choices.");
            var scored = await db.KnowledgeScores.AnyAsync(s => db.EventParticipants.Any(p => p.Id == s.ParticipantId && p.EventId == eventId), ct);
            if (scored) return Error.Conflict("Scores were recorded against these questions; they can no longer change.");
            db.KnowledgeQuestions.RemoveRange(await db.KnowledgeQuestions.Where(q => q.EventId == eventId).ToListAsync(ct));
            var n = 0;
            foreach (var q in questions)
                db.KnowledgeQuestions.Add(new KnowledgeQuestion
                {
                    Id = Guid.CreateVersion7(), EventId = eventId, Number = ++n, Text = q.Text.Trim(),
                    Choices = q.Choices.Select(c => c.Trim()).ToList(), CorrectChoice = q.CorrectChoice,
                });
            await db.SaveChangesAsync(ct);
            return await new GetEvent.Handler(db).Handle(eventId, ct);
        }

        public async Task<Result<EventView>> RecordScore(Guid eventId, Guid participantId, ScoreFields f, CancellationToken ct)
        {
            var found = await EventAccess.LoadForChangeAsync(db, eventId, ct);
            if (!found.IsSuccess) return found.Error!;
            if (!await db.EventParticipants.AnyAsync(p => p.Id == participantId && p.EventId == eventId, ct))
                return Error.NotFound("The participant");
            var key = await db.KnowledgeQuestions.Where(q => q.EventId == eventId).OrderBy(q => q.Number)
                .Select(q => q.CorrectChoice).ToListAsync(ct);
            if (key.Count == 0) return Error.Conflict("Set the event's test questions first.");
            int correct;
            if (f.Answers is { } answers)
            {
                if (answers.Count != key.Count) return Error.Invalid(nameof(f.Answers), $"Give one answer per question ({key.Count}).");
                correct = answers.Zip(key).Count(x => x.First == x.Second);
            }
            else if (f.Correct is { } c && c <= key.Count) correct = c;
            else return Error.Invalid(nameof(f.Correct), $"Give the answers, or the number correct out of {key.Count}.");
            var score = await db.KnowledgeScores.FirstOrDefaultAsync(s => s.ParticipantId == participantId && s.Phase == f.Phase, ct);
            if (score is null)
                db.KnowledgeScores.Add(score = new KnowledgeScore { Id = Guid.CreateVersion7(), ParticipantId = participantId, Phase = f.Phase!.Value });
            score.Correct = correct;
            score.Total = key.Count;
            score.TakenAt = db.UtcNow;
            await db.SaveChangesAsync(ct);
            return await new GetEvent.Handler(db).Handle(eventId, ct);
        }

        public async Task<Result<EventView>> RecordFeedback(Guid eventId, Guid participantId, FeedbackFields f, CancellationToken ct)
        {
            var found = await EventAccess.LoadForChangeAsync(db, eventId, ct);
            if (!found.IsSuccess) return found.Error!;
            if (EventParticipation.Closed(found.Value!, db.UtcNow, attending: true) is { } closed) return closed;
            if (!await db.EventParticipants.AnyAsync(p => p.Id == participantId && p.EventId == eventId, ct))
                return Error.NotFound("The participant");
            var form = await db.EventFeedback.FirstOrDefaultAsync(x => x.ParticipantId == participantId, ct);
            if (form is null) db.EventFeedback.Add(form = new EventFeedback { Id = Guid.CreateVersion7(), ParticipantId = participantId });
            form.Overall = f.Overall;
            form.Relevance = f.Relevance;
            form.SpeakerQuality = f.SpeakerQuality;
            form.WouldRecommend = f.WouldRecommend;
            form.Comments = string.IsNullOrWhiteSpace(f.Comments) ? null : f.Comments.Trim();
            form.SubmittedAt = db.UtcNow;
            await db.SaveChangesAsync(ct);
            return await new GetEvent.Handler(db).Handle(eventId, ct);
        }
    }
}
