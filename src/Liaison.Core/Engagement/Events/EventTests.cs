using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Events;

/// <summary>The event's knowledge test (one question set, asked before and after), scores and feedback forms.</summary>
public static class EventTests
{
    public sealed class Handler(LiaisonDbContext db)
    {
        /// <summary>Replaces the test's questions; the event's version guards it, as it does the event's other details.</summary>
        public async Task<Result<EventView>> SetQuestions(Guid eventId, ExpectedVersion expectedVersion, IReadOnlyList<QuestionFields> questions,
            CancellationToken ct)
        {
            var found = await EventAccess.LoadForChangeAsync(db, eventId, ct);
            if (!found.IsSuccess) return found.Error!;
            var e = found.Value!;
            if (db.Expect(e, expectedVersion) is { } stale) return stale;
            if (TestQuestions.Problem(questions) is { } invalid) return invalid;
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
            // New questions alone must still move the event's version, so an editor holding the old test is refused.
            db.Entry(e).State = EntityState.Modified;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await new GetEvent.Handler(db).Handle(eventId, ct);
        }

        public async Task<Result<EventView>> RecordScore(Guid eventId, Guid participantId, ScoreFields f, CancellationToken ct)
        {
            var found = await EventAccess.LoadForChangeAsync(db, eventId, ct);
            if (!found.IsSuccess) return found.Error!;
            if (f.Phase is not { } phase || !Enum.IsDefined(phase)) return Error.Invalid(nameof(f.Phase), "The phase is Pre or Post.");
            // Which of the two would count was never said: refuse rather than pick one.
            if (f.Answers is not null && f.Correct is not null)
                return Error.Invalid(nameof(f.Correct), "Give the answers or the number correct, not both.");
            if (EventParticipation.Closed(found.Value!, db.UtcNow, attending: true) is { } closed) return closed;
            if (await NotAttended(eventId, participantId, ct) is { } absent) return absent;
            var key = await db.KnowledgeQuestions.Where(q => q.EventId == eventId).OrderBy(q => q.Number)
                .Select(q => new { q.CorrectChoice, q.Choices }).ToListAsync(ct);
            if (key.Count == 0) return Error.Conflict("Set the event's test questions first.");
            int correct;
            if (f.Answers is { } answers)
            {
                if (TestQuestions.AnswersProblem(answers, key.Select(k => k.Choices.Count).ToList()) is { } wrong) return wrong;
                correct = answers.Zip(key).Count(x => x.First == x.Second.CorrectChoice);
            }
            else if (f.Correct is { } c && c >= 0 && c <= key.Count) correct = c;
            else return Error.Invalid(nameof(f.Correct), $"The number correct is from 0 to {key.Count}, the number of questions (or give the answers).");
            var score = await db.KnowledgeScores.FirstOrDefaultAsync(s => s.ParticipantId == participantId && s.Phase == phase, ct);
            if (score is null)
                db.KnowledgeScores.Add(score = new KnowledgeScore { Id = Guid.CreateVersion7(), ParticipantId = participantId, Phase = phase });
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
            // Also here, not only in the API's validation: the event page posts its form straight to this handler.
            foreach (var (field, rating) in new[] { (nameof(f.Overall), f.Overall), (nameof(f.Relevance), f.Relevance),
                         (nameof(f.SpeakerQuality), f.SpeakerQuality) })
                if (rating is < 1 or > 5) return Error.Invalid(field, FeedbackFields.Rating);
            if (f.Comments?.Trim().Length > 4000) return Error.Invalid(nameof(f.Comments), "Comments are at most 4,000 characters.");
            if (await NotAttended(eventId, participantId, ct) is { } absent) return absent;
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

        /// <summary>
        /// Why the participant cannot be scored or give feedback: unknown, or never checked in (a registration alone showed
        /// as "tested before and after" beside "attended: 0" in the event's outcome).
        /// </summary>
        private async Task<Error?> NotAttended(Guid eventId, Guid participantId, CancellationToken ct)
        {
            var checkedIn = await db.EventParticipants.Where(p => p.Id == participantId && p.EventId == eventId)
                .Select(p => (bool?)(p.CheckedInAt != null)).FirstOrDefaultAsync(ct);
            if (checkedIn is null) return Error.NotFound("The participant");
            return checkedIn.Value ? null
                : Error.Conflict("This participant has not checked in: scores and feedback are recorded for those who attended.");
        }
    }
}
