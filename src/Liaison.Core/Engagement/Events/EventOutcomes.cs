using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Events;

/// <summary>Attendance, knowledge-test and feedback aggregates per event, computed in the database.</summary>
internal static class EventOutcomes
{
    public static readonly EventOutcome Empty = new(0, 0, 0, 0, 0, 0, null, null, null, 0, null, null, null, null);

    public static async Task<Dictionary<Guid, EventOutcome>> ForAsync(LiaisonDbContext db, IReadOnlyCollection<Guid>? eventIds,
        CancellationToken ct)
    {
        var participants = eventIds is null ? db.EventParticipants.AsNoTracking()
            : db.EventParticipants.AsNoTracking().Where(p => eventIds.Contains(p.EventId));
        var attendance = await participants.GroupBy(p => p.EventId).Select(g => new
        {
            EventId = g.Key,
            Invited = g.Count(p => p.InvitedAt != null),
            Registered = g.Count(p => p.RegisteredAt != null),
            Attended = g.Count(p => p.CheckedInAt != null),
            WalkIns = g.Count(p => p.WalkIn),
            Advocates = g.Count(p => p.AdvocateId != null && p.CheckedInAt != null),
        }).ToListAsync(ct);
        var scores = await participants
            .Join(db.KnowledgeScores.Where(s => s.Phase == TestPhase.Pre), p => p.Id, s => s.ParticipantId, (p, pre) => new { p.EventId, p.Id, Pre = 100.0 * pre.Correct / pre.Total })
            .Join(db.KnowledgeScores.Where(s => s.Phase == TestPhase.Post), x => x.Id, s => s.ParticipantId, (x, post) => new { x.EventId, x.Pre, Post = 100.0 * post.Correct / post.Total })
            .GroupBy(x => x.EventId)
            .Select(g => new { EventId = g.Key, N = g.Count(), Pre = g.Average(x => x.Pre), Post = g.Average(x => x.Post) })
            .ToListAsync(ct);
        var feedback = await participants.Join(db.EventFeedback, p => p.Id, f => f.ParticipantId, (p, f) => new { p.EventId, f })
            .GroupBy(x => x.EventId)
            .Select(g => new
            {
                EventId = g.Key, N = g.Count(), Overall = g.Average(x => (double)x.f.Overall), Relevance = g.Average(x => (double)x.f.Relevance),
                Speaker = g.Average(x => (double)x.f.SpeakerQuality), Recommend = g.Count(x => x.f.WouldRecommend),
            })
            .ToListAsync(ct);
        return attendance.ToDictionary(a => a.EventId, a =>
        {
            var s = scores.FirstOrDefault(x => x.EventId == a.EventId);
            var f = feedback.FirstOrDefault(x => x.EventId == a.EventId);
            return new EventOutcome(a.Invited, a.Registered, a.Attended, a.WalkIns, a.Advocates, s?.N ?? 0,
                Round(s?.Pre), Round(s?.Post), s is null ? null : Round(s.Post - s.Pre), f?.N ?? 0, Round(f?.Overall),
                Round(f?.Relevance), Round(f?.Speaker), f is null ? null : Round(100.0 * f.Recommend / f.N));
        });
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 1) : null;
}
