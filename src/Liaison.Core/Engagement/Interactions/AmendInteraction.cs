using System.Text.Json;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>
/// Changes a signed interaction as an amendment: the reason is required, goes into every audit entry of the change,
/// and the record as signed (or as last amended) is kept beside the new one in <see cref="InteractionAmendment"/>.
/// </summary>
public static class AmendInteraction
{
    /// <param name="AmendedBy">The sign-in name of who amended; <paramref name="AmendedByName"/> their display name.</param>
    /// <param name="Changes">The fields the amendment changed, before and after; empty when its snapshot cannot be read.</param>
    public sealed record AmendmentView(Guid Id, int Number, string Reason, DateTime AmendedAt, string AmendedBy, string Before,
        string After, string AmendedByName, IReadOnlyList<FieldChange> Changes);

    public sealed class Handler(LiaisonDbContext db, InteractionWriter writer)
    {
        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        };

        public async Task<Result<InteractionView>> Handle(Guid id, ExpectedVersion expectedVersion, AmendmentFields amendment,
            CancellationToken ct)
        {
            var found = await OwnedInteraction.LoadAsync(db, id, ct);
            if (!found.IsSuccess) return found.Error!;
            var interaction = found.Value!;
            if (db.Expect(interaction, expectedVersion) is { } stale) return stale;
            if (interaction.Status != InteractionStatus.Signed)
                return Error.Conflict("Only a signed interaction is amended; edit the draft instead.");
            var reason = amendment.Reason.Trim();
            var before = (await new GetInteraction.Handler(db).Handle(id, ct)).Value!;
            var named = await writer.ApplyAsync(interaction, amendment.Interaction, ct);
            if (!named.IsSuccess) return named.Error!;
            // An amendment is counted and shown beside the signed record: one that changes nothing would be noise in both.
            if (!ChangesAnything())
                return Error.Invalid(nameof(amendment.Interaction), "Nothing changed: the amendment is the same as the signed interaction.");
            var number = interaction.AmendmentCount + 1;
            interaction.AmendmentCount = number;
            db.InteractionAmendments.Add(new InteractionAmendment
            {
                Id = Guid.CreateVersion7(), InteractionId = id, Number = number, Reason = reason, AmendedAt = db.UtcNow,
                AmendedById = db.Actor.UserId ?? "", AmendedBy = db.Actor.Name, Before = Snapshot(before),
                After = JsonSerializer.Serialize(amendment.Interaction, Json),
            });
            db.AuditReason = $"Amendment {number}: {reason}";
            db.AuditAction = "Amend";
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            // The record as amended, from what was saved and named; its owner and intakes are as read just before.
            return InteractionView.Of(interaction, before.OwnerName, named.Value!, before.SafetyIntakeIds);
        }

        public async Task<Result<IReadOnlyList<AmendmentView>>> List(Guid id, CancellationToken ct)
        {
            if (!Identity.ActorAccess.IsMedical(db.Actor)) return EngagementAccess.Firewall();
            if (!await db.Interactions.VisibleTo(db, db.Actor).AnyAsync(i => i.Id == id, ct)) return Error.NotFound("The interaction");
            var rows = await db.InteractionAmendments.AsNoTracking().Where(a => a.InteractionId == id).OrderBy(a => a.Number)
                .Select(a => new { a.Id, a.Number, a.Reason, a.AmendedAt, a.AmendedById, a.AmendedBy, a.Before, a.After })
                .ToListAsync(ct);
            if (rows.Count == 0) return new List<AmendmentView>();
            var ids = rows.Select(r => r.AmendedById).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            // Amendment n changed its snapshot into the next one's, the last into the record as it stands.
            var states = rows.Select(r => AmendmentChanges.Read(r.Before, Json)).ToList();
            states.Add((await new GetInteraction.Handler(db).Handle(id, ct)).Value);
            return rows.Select((r, n) => new AmendmentView(r.Id, r.Number, r.Reason, r.AmendedAt, r.AmendedBy, r.Before, r.After,
                    names.GetValueOrDefault(r.AmendedById) ?? r.AmendedBy,
                    states[n] is { } was && states[n + 1] is { } became ? AmendmentChanges.Between(was, became) : []))
                .ToList();
        }

        /// <summary>Whether applying the amendment changed a row, leaving out the edit time the writer always sets.</summary>
        private bool ChangesAnything()
        {
            db.ChangeTracker.DetectChanges();
            return db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Deleted
                || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Interaction.UpdatedAt)
                    && !Equals(p.OriginalValue, p.CurrentValue))));
        }

        // The signed content as a reader saw it; the detector's findings are derived, so they are left out.
        private static string Snapshot(InteractionView v) => JsonSerializer.Serialize(v with { SafetySignals = [], SafetyIntakeIds = [] }, Json);
    }
}
