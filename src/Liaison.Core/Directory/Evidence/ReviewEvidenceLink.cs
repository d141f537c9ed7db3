using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Influence;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Evidence;

/// <summary>An MSL or admin confirms or rejects a proposed link; the HCP's influence is recomputed with the decision.</summary>
public static class ReviewEvidenceLink
{
    public sealed class Handler(LiaisonDbContext db, ListEvidenceLinks.Handler links, RecomputeInfluence.Handler influence)
    {
        public async Task<Result<ListEvidenceLinks.Item>> Handle(Guid id, ExpectedVersion version, bool confirm, CancellationToken ct)
        {
            var link = await db.EvidenceLinks.FirstOrDefaultAsync(l => l.Id == id, ct);
            if (link is null) return Error.NotFound("The evidence link");
            if (db.Expect(link, version) is { } stale) return stale;
            link.Status = confirm ? LinkStatus.Confirmed : LinkStatus.Rejected;
            link.ReviewedBy = db.Actor.Name;
            link.ReviewedAt = db.UtcNow;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            await influence.Handle(ct);
            return await links.Get(id, ct);
        }
    }
}
