using Liaison.Core.Data;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Safety;
using Liaison.Core.Safety.Detection;

namespace Liaison.Core.Engagement.Demo;

/// <summary>A year of interactions for both MSLs: one-to-one exchanges, the events as interactions, follow-ups, one
/// off-label answer to an unsolicited request, and two notes telling of a safety case (one already raised).</summary>
internal static class DemoInteractions
{
    public static async Task SeedAsync(LiaisonDbContext db, DemoCast cast, DemoLibrary library, IReadOnlyList<DemoHeldEvent> events,
        Random random, CancellationToken ct)
    {
        var onc = new Field(cast.OncologyMsl, cast.Oncologists.Take(60).ToList(), ["ONC-101", "ONC-205"], DemoNotes.OncologyTopics,
            DemoNotes.Oncology, [library.Materials[DemoLibrary.OncologyDeck], library.Materials[DemoLibrary.OncologyReprint]]);
        var cv = new Field(cast.CardioMsl, [.. cast.Cardiologists.Take(40), .. cast.RareDisease.Take(15)], ["CV-420", "CV-425", "RARE-310"],
            [.. DemoNotes.CardioTopics, .. DemoNotes.RareTopics], [.. DemoNotes.Cardio, .. DemoNotes.Rare],
            [library.Materials[DemoLibrary.CardioDeck], library.Materials[DemoLibrary.RareResponse]]);
        foreach (var field in new[] { onc, cv })
            for (var n = 0; n < 170; n++)
            {
                // Office hours on the US East Coast (13:00-22:45 UTC): readers see times in their own zone.
                var when = cast.Now.Date.AddDays(-random.Next(1, 365)).AddHours(random.Next(13, 23)).AddMinutes(15 * random.Next(4));
                var i = New(cast, field.Owner, random.NextDouble() < 0.15 ? InteractionKind.VirtualMeeting : InteractionKind.ScientificExchange,
                    DateTime.SpecifyKind(when, DateTimeKind.Utc), random);
                i.Notes = field.Notes[random.Next(field.Notes.Length)];
                i.Topics = [field.Topics[random.Next(field.Topics.Length)]];
                Attend(db, i, [field.Hcps[(int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * field.Hcps.Count)].Id]);
                Discuss(db, i, [cast.Products[field.Products[random.Next(field.Products.Length)]]]);
                if (random.NextDouble() < 0.3) Present(db, i, field.Materials[random.Next(field.Materials.Length)]);
                if (random.NextDouble() < 0.2)
                    db.FollowUps.Add(new FollowUp
                    {
                        Id = Guid.CreateVersion7(), InteractionId = i.Id, OwnerId = i.OwnerId, Description = "Send the requested publication",
                        DueOn = DateOnly.FromDateTime(when).AddDays(random.Next(3, 21)),
                        CompletedAt = when < cast.Now.AddDays(-20) ? when.AddDays(5) : null,
                    });
                db.Interactions.Add(i);
            }

        foreach (var held in events)
        {
            var e = held.Event;
            var i = New(cast, e.OwnerId, e.Kind == EventKind.Roundtable ? InteractionKind.Roundtable : InteractionKind.EducationalSession,
                e.StartsAt, random);
            i.EventId = e.Id;
            i.DurationMinutes = 120;
            i.Channel = e.Channel;
            i.Place = e.Place;
            i.Topics = [e.Title];
            i.Notes = "Session held as planned; pre- and post-tests and feedback forms collected.";
            i.Status = InteractionStatus.Signed;
            Attend(db, i, held.Attendees.Select(a => a.Id).ToList(), held.Advocates);
            if (e.ProductId is { } product) Discuss(db, i, [product]);
            db.Interactions.Add(i);
        }

        var offLabel = New(cast, cast.OncologyMsl, InteractionKind.ScientificExchange, library.OffLabelRequest.ReceivedAt.AddDays(6), random);
        offLabel.UnsolicitedRequestId = library.OffLabelRequest.Id;
        offLabel.Notes = "Answered Dr.'s unsolicited question on HER2-ultralow data with the exploratory-data deck; made clear it is off-label.";
        Attend(db, offLabel, [library.OffLabelRequest.RequesterHcpId]);
        Discuss(db, offLabel, [cast.Products["ONC-101"]]);
        Present(db, offLabel, library.Materials[DemoLibrary.OncologyOffLabel], offLabel: true);
        db.Interactions.Add(offLabel);

        var reported = SafetyNote(db, cast, cast.OncologyMsl, cast.Oncologists[3], DemoNotes.AdverseEvent, 9, random);
        db.AdverseEventIntakes.Add(new AdverseEventIntake
        {
            Id = Guid.CreateVersion7(), Kind = SafetySignalKind.AdverseEvent, InteractionId = reported.Id, ProductId = cast.Products["ONC-101"],
            ReporterHcpId = cast.Oncologists[3].Id, Description = DemoNotes.AdverseEvent, AwareAt = reported.OccurredAt,
            ForwardBy = reported.OccurredAt + AdverseEventIntake.ForwardingDeadline, Status = AdverseEventIntakeStatus.Forwarded,
            RaisedById = cast.OncologyMsl, RaisedBy = $"msl@{Core.Demo.DemoUsers.Domain}", CreatedAt = reported.OccurredAt.AddHours(2),
        });
        // Left without an intake on purpose: the MSL's dashboard shows the prompt to raise one.
        SafetyNote(db, cast, cast.CardioMsl, cast.Cardiologists[2], DemoNotes.ProductComplaint, 1, random);

        // A meeting each MSL logged yesterday and has not signed yet (no notes so far). Dated from the demo's today and
        // never after it: a logged interaction has taken place (only planning lives in the future: events, follow-ups).
        foreach (var (owner, hcp) in new[] { (cast.OncologyMsl, cast.Oncologists[1]), (cast.CardioMsl, cast.Cardiologists[1]) })
        {
            var unsigned = New(cast, owner, InteractionKind.ScientificExchange, DateTime.SpecifyKind(cast.Now.Date.AddDays(-1).AddHours(15), DateTimeKind.Utc), random);
            unsigned.Status = InteractionStatus.Draft;
            unsigned.Notes = null;
            Attend(db, unsigned, [hcp.Id]);
            db.Interactions.Add(unsigned);
        }
        await db.SaveChangesAsync(ct);
    }

    private sealed record Field(string Owner, List<DemoHcp> Hcps, string[] Products, string[] Topics, string[] Notes, Guid[] Materials);

    private static Interaction SafetyNote(LiaisonDbContext db, DemoCast cast, string owner, DemoHcp hcp, string notes, int daysAgo, Random random)
    {
        var i = New(cast, owner, InteractionKind.ScientificExchange, DateTime.SpecifyKind(cast.Now.Date.AddDays(-daysAgo).AddHours(16), DateTimeKind.Utc), random);
        i.Notes = notes;
        Attend(db, i, [hcp.Id]);
        db.Interactions.Add(i);
        return i;
    }

    private static Interaction New(DemoCast cast, string owner, InteractionKind kind, DateTime at, Random random)
    {
        var signed = at < cast.Now.AddDays(-2) && random.NextDouble() < 0.9;
        return new Interaction
        {
            Id = Guid.CreateVersion7(), Kind = kind, Channel = kind == InteractionKind.VirtualMeeting ? InteractionChannel.Video : InteractionChannel.InPerson,
            OccurredAt = at, DurationMinutes = 30 + 15 * random.Next(3), OwnerId = owner, Shared = random.NextDouble() < 0.3,
            Status = signed ? InteractionStatus.Signed : InteractionStatus.Draft, SignedAt = signed ? at.AddHours(random.Next(2, 48)) : null,
            SignedBy = signed ? owner : null, CreatedAt = at.AddHours(1), UpdatedAt = at.AddHours(1),
        };
    }

    private static void Attend(LiaisonDbContext db, Interaction i, IEnumerable<Guid> hcps, IEnumerable<Guid>? advocates = null)
    {
        foreach (var h in hcps.Distinct()) db.InteractionAttendees.Add(new InteractionAttendee { Id = Guid.CreateVersion7(), InteractionId = i.Id, HcpId = h });
        foreach (var a in advocates ?? []) db.InteractionAttendees.Add(new InteractionAttendee { Id = Guid.CreateVersion7(), InteractionId = i.Id, AdvocateId = a });
    }

    private static void Discuss(LiaisonDbContext db, Interaction i, IEnumerable<Guid> products)
    {
        foreach (var p in products.Distinct()) db.InteractionProducts.Add(new InteractionProduct { InteractionId = i.Id, ProductId = p });
    }

    private static void Present(LiaisonDbContext db, Interaction i, Guid material, bool offLabel = false) =>
        db.InteractionMaterials.Add(new InteractionMaterial
        {
            Id = Guid.CreateVersion7(), InteractionId = i.Id, ContentItemId = material, OffLabel = offLabel,
            Certification = CertificationStanding.NotTracked, AttachedAt = i.CreatedAt,
        });
}
