using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>Edits a draft interaction. A signed one is locked: it changes only by amendment.</summary>
public static class EditInteraction
{
    public sealed class Handler(LiaisonDbContext db, InteractionWriter writer)
    {
        public async Task<Result<InteractionView>> Handle(Guid id, ExpectedVersion expectedVersion, InteractionFields fields, CancellationToken ct)
        {
            var found = await OwnedInteraction.LoadAsync(db, id, ct);
            if (!found.IsSuccess) return found.Error!;
            var interaction = found.Value!;
            if (db.Expect(interaction, expectedVersion) is { } stale) return stale;
            if (interaction.Status == InteractionStatus.Signed)
                return Error.Conflict("This interaction is signed and locked: it cannot be edited. Amend it, giving a reason.");
            var named = await writer.ApplyAsync(interaction, fields, ct);
            if (!named.IsSuccess) return named.Error!;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            // What was saved and named, not a second read of the whole record.
            return InteractionView.Of(interaction, await OwnedInteraction.OwnerNameAsync(db, interaction, ct), named.Value!,
                await OwnedInteraction.IntakesAsync(db, id, ct));
        }
    }
}

/// <summary>Loads an interaction for a change by its owner, the only one who may edit, sign or amend it.</summary>
internal static class OwnedInteraction
{
    public static async Task<Result<Interaction>> LoadAsync(LiaisonDbContext db, Guid id, CancellationToken ct)
    {
        if (!Identity.ActorAccess.IsMedical(db.Actor)) return EngagementAccess.Firewall();
        var interaction = await db.Interactions.VisibleTo(db, db.Actor).Include(i => i.Attendees).Include(i => i.Products)
            .Include(i => i.Materials).Include(i => i.FollowUps).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (interaction is null) return Error.NotFound("The interaction");
        if (interaction.OwnerId != db.Actor.UserId)
            return Error.Forbidden("Only the MSL who logged this interaction may change, sign or amend it.");
        return interaction;
    }

    /// <summary>The owner's display name: the signed-in actor's own when they own it (as every change does), else read.</summary>
    public static async Task<string?> OwnerNameAsync(LiaisonDbContext db, Interaction interaction, CancellationToken ct) =>
        interaction.OwnerId == db.Actor.UserId && db.Actor.DisplayName is { } name
            ? name
            : await db.Users.AsNoTracking().Where(u => u.Id == interaction.OwnerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);

    /// <summary>The safety intakes raised from the interaction (a change of the interaction never touches them).</summary>
    public static async Task<IReadOnlyList<Guid>> IntakesAsync(LiaisonDbContext db, Guid id, CancellationToken ct) =>
        await db.AdverseEventIntakes.AsNoTracking().Where(x => x.InteractionId == id).Select(x => x.Id).ToListAsync(ct);
}
