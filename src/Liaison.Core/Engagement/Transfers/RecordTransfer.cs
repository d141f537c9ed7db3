using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Transfers;

/// <summary>Records a transfer of value to an HCP and says which annual caps the HCP is now near or over.</summary>
public static class RecordTransfer
{
    public sealed class Handler(LiaisonDbContext db)
    {
        public async Task<Result<RecordedTransfer>> Handle(TransferFields f, CancellationToken ct)
        {
            if (!db.Actor.IsMedical()) return EngagementAccess.Firewall();
            if (!await db.Hcps.AnyAsync(h => h.Id == f.HcpId, ct)) return Error.Invalid(nameof(f.HcpId), "The HCP is not in the directory.");
            if (f.EventId is { } e && !await db.MedicalEvents.AnyAsync(x => x.Id == e, ct))
                return Error.Invalid(nameof(f.EventId), "The event was not found.");
            if (f.InteractionId is { } i && !await db.Interactions.VisibleTo(db, db.Actor).AnyAsync(x => x.Id == i, ct))
                return Error.Invalid(nameof(f.InteractionId), "The interaction was not found.");
            if (f.ProductId is { } p && !await db.Products.AnyAsync(x => x.Id == p, ct))
                return Error.Invalid(nameof(f.ProductId), "The product was not found.");
            if (DateWindow.Outside(nameof(f.PaidOn), f.PaidOn!.Value, DateWindow.LatestToday(db.UtcNow), "a transfer of value: from 2000 to today",
                    "Record a transfer of value once it has been made.") is { } when)
                return when;
            // What is reported to CMS is what was paid: a third decimal rounded away silently changes the figure.
            if (f.Amount!.Value != Math.Round(f.Amount.Value, 2))
                return Error.Invalid(nameof(f.Amount), $"{f.Amount.Value} has more than two decimals: give the amount in dollars and cents.");
            var travel = f.Nature == PaymentNature.TravelAndLodging;
            var transfer = new TransferOfValue
            {
                Id = Guid.CreateVersion7(), HcpId = f.HcpId!.Value, Amount = f.Amount.Value, PaidOn = f.PaidOn.Value,
                Nature = f.Nature!.Value, Form = f.Form, NumberOfPayments = f.NumberOfPayments, EventId = f.EventId,
                InteractionId = f.InteractionId, ProductId = f.ProductId, Context = Clean(f.Context),
                CityOfTravel = travel ? Clean(f.CityOfTravel) : null, StateOfTravel = travel ? Clean(f.StateOfTravel)?.ToUpperInvariant() : null,
                CountryOfTravel = travel ? Clean(f.CountryOfTravel) : null, RecordedById = db.Actor.UserId ?? "",
                RecordedBy = db.Actor.Name, CreatedAt = db.UtcNow,
            };
            db.TransfersOfValue.Add(transfer);
            await db.SaveChangesAsync(ct);
            var view = (await new ListTransfers.Handler(db).Get(transfer.Id, ct)).Value!;
            return new RecordedTransfer(view, await new TransferCaps.Handler(db).Check(transfer.HcpId, transfer.PaidOn.Year, ct));
        }

        private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
