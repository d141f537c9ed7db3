using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>Logs an interaction as a draft owned by the MSL who logs it.</summary>
public static class RecordInteraction
{
    public sealed class Handler(LiaisonDbContext db, InteractionWriter writer)
    {
        public async Task<Result<InteractionView>> Handle(InteractionFields fields, CancellationToken ct)
        {
            if (!db.Actor.IsMedical() || db.Actor.UserId is null) return EngagementAccess.Firewall();
            // One connection for the whole call (closed when the scope ends): EF would otherwise open and close it for
            // each of the checks, the save and the owner's name, and SQLite sets every opened connection up again.
            await db.Database.OpenConnectionAsync(ct);
            var now = db.UtcNow;
            var interaction = new Interaction
            {
                Id = Guid.CreateVersion7(), OwnerId = db.Actor.UserId, Status = InteractionStatus.Draft, CreatedAt = now,
                OccurredAt = DateTime.MinValue,
            };
            var named = await writer.ApplyAsync(interaction, fields, ct);
            if (!named.IsSuccess) return named.Error!;
            db.Interactions.Add(interaction);
            await db.SaveChangesAsync(ct);
            // Answered from what was just written and named: reading it all back would double the work of the call.
            return InteractionView.Of(interaction, await OwnedInteraction.OwnerNameAsync(db, interaction, ct), named.Value!, []);
        }
    }
}
