using Liaison.Core.Common;
using Liaison.Core.Data;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>Signs an interaction: from now on it is locked and changes only by amendment.</summary>
public static class SignInteraction
{
    public sealed class Handler(LiaisonDbContext db, InteractionWriter writer)
    {
        public async Task<Result<InteractionView>> Handle(Guid id, ExpectedVersion expectedVersion, CancellationToken ct)
        {
            var found = await OwnedInteraction.LoadAsync(db, id, ct);
            if (!found.IsSuccess) return found.Error!;
            var interaction = found.Value!;
            if (db.Expect(interaction, expectedVersion) is { } stale) return stale;
            if (interaction.Status == InteractionStatus.Signed) return Error.Conflict("This interaction is already signed.");
            var now = db.UtcNow;
            if (interaction.OccurredAt > now)
                return Error.Conflict("An interaction can be signed only once it has taken place.");
            interaction.Status = InteractionStatus.Signed;
            db.AuditAction = "Sign";
            interaction.SignedAt = now;
            interaction.SignedBy = db.Actor.Name;
            interaction.UpdatedAt = now;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            // The loaded record as saved, with the names of what it holds: not a second read of the whole record.
            return InteractionView.Of(interaction, await OwnedInteraction.OwnerNameAsync(db, interaction, ct),
                await writer.NamesAsync(interaction, ct), await OwnedInteraction.IntakesAsync(db, id, ct));
        }
    }
}
