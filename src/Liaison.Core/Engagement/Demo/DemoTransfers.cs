using Liaison.Core.Data;
using Liaison.Core.Engagement.Transfers;

namespace Liaison.Core.Engagement.Demo;

/// <summary>Meals at events, speakers' honoraria and travel, educational items; one KOL is pushed near the annual cap.</summary>
internal static class DemoTransfers
{
    public static async Task SeedAsync(LiaisonDbContext db, DemoCast cast, IReadOnlyList<DemoHeldEvent> events, Random random,
        CancellationToken ct)
    {
        foreach (var held in events)
        {
            var day = DateOnly.FromDateTime(held.Event.StartsAt);
            foreach (var hcp in held.Attendees)
                Add(db, cast, hcp.Id, Math.Round(35m + random.Next(0, 3000) / 100m, 2), day, PaymentNature.FoodAndBeverage,
                    PaymentForm.InKindItemsAndServices, held.Event.Id, held.Event.ProductId, "Dinner at the educational session");
            foreach (var speaker in held.Speakers)
            {
                Add(db, cast, speaker.Id, 2000m, day, PaymentNature.SpeakerAtMedicalEducationProgram, PaymentForm.CashOrCashEquivalent,
                    held.Event.Id, held.Event.ProductId, "Speaker fee, case-based discussion");
                var travel = Add(db, cast, speaker.Id, Math.Round(350m + random.Next(0, 60000) / 100m, 2), day.AddDays(-1),
                    PaymentNature.TravelAndLodging, PaymentForm.InKindItemsAndServices, held.Event.Id, held.Event.ProductId, "Flight and hotel");
                travel.CityOfTravel = held.Event.Place?.Split(' ')[0];
                travel.CountryOfTravel = "United States";
            }
        }
        // A KOL who spoke twice this year and received an advisory honorarium: near the total cap.
        var kol = cast.Oncologists[^1];
        var today = DateOnly.FromDateTime(cast.Now);
        Add(db, cast, kol.Id, 2500m, today.AddDays(-20), PaymentNature.Honoraria, PaymentForm.CashOrCashEquivalent, null,
            cast.Products["ONC-101"], "Advisory board honorarium");
        for (var k = 0; k < 12; k++)
            Add(db, cast, cast.Cardiologists[k % cast.Cardiologists.Count].Id, 79m, today.AddDays(-random.Next(10, 200)), PaymentNature.Education,
                PaymentForm.InKindItemsAndServices, null, cast.Products["CV-420"], "Textbook: heart failure pharmacotherapy");
        await db.SaveChangesAsync(ct);
    }

    private static TransferOfValue Add(LiaisonDbContext db, DemoCast cast, Guid hcp, decimal amount, DateOnly on, PaymentNature nature,
        PaymentForm form, Guid? eventId, Guid? productId, string context)
    {
        var t = new TransferOfValue
        {
            Id = Guid.CreateVersion7(), HcpId = hcp, Amount = amount, PaidOn = on, Nature = nature, Form = form, EventId = eventId,
            ProductId = productId, Context = context, RecordedById = cast.OncologyMsl, RecordedBy = "demo", CreatedAt = cast.Now,
        };
        db.TransfersOfValue.Add(t);
        return t;
    }
}
