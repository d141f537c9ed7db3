using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Engagement;
using Liaison.Core.Safety.Detection;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Safety;

/// <summary>
/// Raises an AE or product-complaint intake, from an interaction (whose notes the detector flagged) or on its own.
/// Anyone may raise one; raising it from an interaction needs to be able to see that interaction.
/// </summary>
public static class RaiseAdverseEventIntake
{
    public sealed record Command
    {
        [Required] public SafetySignalKind? Kind { get; init; }
        public Guid? InteractionId { get; init; }
        public Guid? ProductId { get; init; }
        public Guid? ReporterHcpId { get; init; }
        // Messages in the raiser's words, as the form asks ("What you heard", "When you learned of it"), for the page and the API alike.
        [Required(ErrorMessage = "Say what you heard: the event or complaint in a few words.")]
        [StringLength(8000, MinimumLength = 5, ErrorMessage = "Say what you heard in 5 to 8,000 characters.")]
        public string Description { get; init; } = "";
        /// <summary>When the raiser learned of it: the start of the 24-hour clock.</summary>
        [Required(ErrorMessage = "Give when you learned of it: the 24 hours run from then.")] public DateTime? AwareAt { get; init; }
    }

    public sealed record View(Guid Id, SafetySignalKind Kind, Guid? InteractionId, Guid? ProductId, Guid? ReporterHcpId,
        string Description, DateTime AwareAt, DateTime ForwardBy, AdverseEventIntakeStatus Status, string RaisedBy,
        DateTime CreatedAt, long Version);

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<View>> Handle(Command c, CancellationToken ct)
        {
            var now = db.UtcNow;
            var aware = DateTime.SpecifyKind(c.AwareAt!.Value, DateTimeKind.Utc);
            if (aware > now.AddMinutes(5))
                return Error.Invalid(nameof(c.AwareAt), "You cannot have learned of it in the future.");
            if (DateWindow.Outside(nameof(c.AwareAt), aware, now.AddMinutes(5), "learning of an event to report: from 2000 to now") is { } when)
                return when;
            if (c.InteractionId is { } interactionId
                && !await db.Interactions.VisibleTo(db, db.Actor).AnyAsync(i => i.Id == interactionId, ct))
                return Error.Invalid(nameof(c.InteractionId), "The interaction was not found.");
            if (c.ProductId is { } productId && !await db.Products.AnyAsync(p => p.Id == productId, ct))
                return Error.Invalid(nameof(c.ProductId), "The product was not found.");
            if (c.ReporterHcpId is { } hcpId && !await db.Hcps.AnyAsync(h => h.Id == hcpId, ct))
                return Error.Invalid(nameof(c.ReporterHcpId), "The reporter is not in the directory.");
            var intake = new AdverseEventIntake
            {
                Id = Guid.CreateVersion7(), Kind = c.Kind!.Value, InteractionId = c.InteractionId, ProductId = c.ProductId,
                ReporterHcpId = c.ReporterHcpId, Description = c.Description.Trim(), AwareAt = aware,
                ForwardBy = aware + AdverseEventIntake.ForwardingDeadline, Status = AdverseEventIntakeStatus.Open,
                RaisedById = db.Actor.UserId ?? "", RaisedBy = db.Actor.Name, CreatedAt = now,
            };
            db.AdverseEventIntakes.Add(intake);
            await db.SaveChangesAsync(ct);
            return ToView(intake);
        }

        public async Task<Result<View>> Get(Guid id, CancellationToken ct) =>
            await db.AdverseEventIntakes.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is { } intake
            && (intake.RaisedById == db.Actor.UserId || db.Actor.IsIn(Identity.Roles.Safety) || db.Actor.IsIn(Identity.Roles.Compliance)
                || db.Actor.IsIn(Identity.Roles.Admin))
                ? ToView(intake)
                : Error.NotFound("The intake");

        private static View ToView(AdverseEventIntake i) => new(i.Id, i.Kind, i.InteractionId, i.ProductId, i.ReporterHcpId,
            i.Description, i.AwareAt, i.ForwardBy, i.Status, i.RaisedBy, i.CreatedAt, i.Version);
    }
}
