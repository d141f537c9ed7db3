using Liaison.Core.Data;
using Liaison.Core.Safety.Detection;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>
/// The actor's recent interactions whose notes read like an AE or product complaint and from which no intake has
/// been raised: the dashboard keeps asking until one is.
/// </summary>
public static class SafetyPrompts
{
    public sealed record Prompt(Guid InteractionId, DateTime OccurredAt, SafetySignal Signal);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<IReadOnlyList<Prompt>> Handle(int days, CancellationToken ct)
        {
            var me = db.Actor.UserId;
            if (me is null) return [];
            var since = db.UtcNow.AddDays(-days);
            var notes = await db.Interactions.AsNoTracking()
                .Where(i => i.OwnerId == me && i.UpdatedAt >= since && i.Notes != null
                            && !db.AdverseEventIntakes.Any(x => x.InteractionId == i.Id))
                .OrderByDescending(i => i.OccurredAt).Take(500).Select(i => new { i.Id, i.OccurredAt, i.Notes }).ToListAsync(ct);
            return notes.Select(n => (n, Signals: AdverseEventLanguage.Detect(n.Notes))).Where(x => x.Signals.Count > 0)
                .Select(x => new Prompt(x.n.Id, x.n.OccurredAt, x.Signals[0])).ToList();
        }
    }
}
