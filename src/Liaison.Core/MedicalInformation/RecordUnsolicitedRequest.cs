using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.Core.Directory.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.MedicalInformation;

/// <summary>Records an unsolicited request as the person who received it.</summary>
public static class RecordUnsolicitedRequest
{
    public sealed record Command
    {
        [Required] public Guid? RequesterHcpId { get; init; }
        [Required, StringLength(4000, MinimumLength = 5)] public string Question { get; init; } = "";
        [Required] public Guid? ProductId { get; init; }
        public bool UnsolicitedAttested { get; init; }
        /// <summary>When the question was received; now when not given.</summary>
        public DateTime? ReceivedAt { get; init; }
    }

    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<UnsolicitedRequestView>> Handle(Command c, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return Error.Forbidden("Only medical staff record unsolicited requests.");
            if (!c.UnsolicitedAttested)
                return Error.Invalid(nameof(c.UnsolicitedAttested),
                    "Attest that the HCP asked on their own initiative: only an unsolicited question is recorded here.");
            if (await NewRecordSubject.RefusalAsync(db, nameof(c.RequesterHcpId), c.RequesterHcpId, "The requester", ct) is { } refused)
                return refused;
            var product = await db.Products.Where(p => p.Id == c.ProductId).Select(p => new { p.Name, p.ArchivedAt }).FirstOrDefaultAsync(ct);
            if (product is null) return Error.Invalid(nameof(c.ProductId), "Choose a product.");
            var now = db.UtcNow;
            var received = c.ReceivedAt is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : now;
            if (received > now.AddMinutes(5)) return Error.Invalid(nameof(c.ReceivedAt), "A request cannot be received in the future.");
            if (DateWindow.Outside(nameof(c.ReceivedAt), received, now.AddMinutes(5), "an unsolicited request: from 2000 to now") is { } when)
                return when;
            // An archived product takes no new questions; one asked before it was archived is still recorded against it.
            if (product.ArchivedAt <= received)
                return Error.Invalid(nameof(c.ProductId), $"{product.Name} was archived on {product.ArchivedAt:yyyy-MM-dd}: choose a current product.");
            var request = new UnsolicitedRequest
            {
                Id = Guid.CreateVersion7(), RequesterHcpId = c.RequesterHcpId!.Value, Question = c.Question.Trim(),
                ProductId = c.ProductId!.Value, UnsolicitedAttested = true, ReceivedAt = received,
                ReceivedById = db.Actor.UserId ?? "", ReceivedBy = db.Actor.Name, CreatedAt = now,
            };
            db.UnsolicitedRequests.Add(request);
            await db.SaveChangesAsync(ct);
            return (await new ListUnsolicitedRequests.Handler(db).Get(request.Id, ct)).Value!;
        }
    }
}
