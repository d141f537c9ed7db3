using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>Logs an interaction as a draft owned by the MSL who logs it.</summary>
public static class RecordInteraction
{
    public sealed class Handler(LiaisonDbContext db, InteractionWriter writer)
    {
        public async Task<Result<InteractionView>> Handle(InteractionFields fields, CancellationToken ct)
        {
            if (!db.Actor.IsMedical() || db.Actor.UserId is null) return EngagementAccess.Firewall();
            var now = db.UtcNow;
            var interaction = new Interaction
            {
                Id = Guid.CreateVersion7(), OwnerId = db.Actor.UserId, Status = InteractionStatus.Draft, CreatedAt = now,
                OccurredAt = DateTime.MinValue,
            };
            if (await writer.ApplyAsync(interaction, fields, ct) is { } invalid) return invalid;
            db.Interactions.Add(interaction);
            await db.SaveChangesAsync(ct);
            return await new GetInteraction.Handler(db).Handle(interaction.Id, ct);
        }
    }
}
