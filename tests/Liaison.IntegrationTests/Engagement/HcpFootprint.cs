using Liaison.Core.Data;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.Core.Engagement.Plans;
using Liaison.Core.Engagement.Transfers;
using Liaison.Core.MedicalInformation;
using Liaison.Core.Safety;
using Liaison.Core.Safety.Detection;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// Everything field engagement, medical information and safety can hold about one HCP, written straight into the
/// workspace: a one-to-one interaction with notes and a follow-up, a group interaction, an interaction an AE intake
/// was raised from, event participation with scores and feedback, a talk, a plan, a transfer of value, an unsolicited
/// request, an AE intake the HCP reported and another company's Open Payments record.
/// </summary>
internal sealed record HcpFootprint(Guid Hcp, Guid SoloInteraction, Guid GroupInteraction, Guid SafetyInteraction, Guid Event,
    Guid Participant, Guid Plan, Guid Transfer, Guid Request, Guid Intake, Guid ExternalPayment)
{
    public const string SoloNotes = "Dr Footprint mentioned her move to a new practice next spring.";

    /// <param name="others">People at the group interaction and the event besides <paramref name="hcp"/>.</param>
    public static Task<HcpFootprint> WriteAsync(TestApp app, Guid hcp, string ownerId, Guid product, Guid[] others, Guid? sharedEvent = null,
        int planYear = 2026) => app.InScope(async sp =>
    {
        var db = sp.GetRequiredService<LiaisonDbContext>();
        var now = db.UtcNow;
        Interaction NewInteraction(string? notes, params Guid[] hcps)
        {
            var i = new Interaction
            {
                Id = Guid.CreateVersion7(), Kind = InteractionKind.ScientificExchange, Channel = InteractionChannel.InPerson,
                OccurredAt = now.AddDays(-3), DurationMinutes = 30, OwnerId = ownerId, Notes = notes, Topics = ["Dosing"],
                Status = InteractionStatus.Signed, SignedAt = now.AddDays(-3), SignedBy = "msl", CreatedAt = now, UpdatedAt = now,
            };
            i.Attendees.AddRange(hcps.Select(h => new InteractionAttendee { Id = Guid.CreateVersion7(), InteractionId = i.Id, HcpId = h }));
            db.Interactions.Add(i);
            return i;
        }
        var solo = NewInteraction(SoloNotes, hcp);
        solo.FollowUps.Add(new FollowUp { Id = Guid.CreateVersion7(), InteractionId = solo.Id, OwnerId = ownerId, Description = "Send Dr Footprint the reprint", DueOn = DateOnly.FromDateTime(now) });
        var group = NewInteraction("Tumour board: three clinicians discussed sequencing.", [hcp, .. others]);
        var safety = NewInteraction("She reported a rash in one patient after the second dose.", hcp);
        var request = new UnsolicitedRequest
        {
            Id = Guid.CreateVersion7(), RequesterHcpId = hcp, Question = "Is there data in renal impairment?", ProductId = product,
            UnsolicitedAttested = true, ReceivedAt = now.AddDays(-4), ReceivedById = ownerId, ReceivedBy = "msl", CreatedAt = now,
        };
        var intake = new AdverseEventIntake
        {
            Id = Guid.CreateVersion7(), Kind = SafetySignalKind.AdverseEvent, InteractionId = safety.Id, ProductId = product, ReporterHcpId = hcp,
            Description = "Rash after the second dose.", AwareAt = now.AddDays(-3), ForwardBy = now.AddDays(-2), RaisedById = ownerId,
            RaisedBy = "msl", CreatedAt = now,
        };
        var ev = sharedEvent ?? Guid.CreateVersion7();
        if (sharedEvent is null)
        {
            db.MedicalEvents.Add(new MedicalEvent
            {
                Id = ev, Kind = EventKind.EducationalSession, Title = "Footprint session", StartsAt = now.AddDays(-10), EndsAt = now.AddDays(-10).AddHours(2),
                OwnerId = ownerId, Status = EventStatus.Held, CreatedAt = now,
            });
            db.EventSpeakers.Add(new EventSpeaker { Id = Guid.CreateVersion7(), EventId = ev, HcpId = hcp, Topic = "Cases" });
        }
        var participant = new EventParticipant
        {
            Id = Guid.CreateVersion7(), EventId = ev, HcpId = hcp, Status = ParticipationStatus.Attended, InvitedAt = now.AddDays(-30),
            CheckedInAt = now.AddDays(-10),
        };
        db.EventParticipants.Add(participant);
        db.KnowledgeScores.Add(new KnowledgeScore { Id = Guid.CreateVersion7(), ParticipantId = participant.Id, Phase = TestPhase.Post, Correct = 4, Total = 5, TakenAt = now.AddDays(-10) });
        db.EventFeedback.Add(new EventFeedback { Id = Guid.CreateVersion7(), ParticipantId = participant.Id, Overall = 5, Relevance = 4, SpeakerQuality = 5, WouldRecommend = true, Comments = "Dr Footprint: loved it", SubmittedAt = now.AddDays(-10) });
        var plan = new EngagementPlan { Id = Guid.CreateVersion7(), HcpId = hcp, OwnerId = ownerId, Year = planYear, Objectives = "Understand Dr Footprint's unmet needs", CreatedAt = now, UpdatedAt = now };
        plan.Quarters.Add(new PlanQuarter { PlanId = plan.Id, Quarter = 2, PlannedTouchpoints = 3 });
        var transfer = new TransferOfValue
        {
            Id = Guid.CreateVersion7(), HcpId = hcp, Amount = 42.50m, PaidOn = DateOnly.FromDateTime(now.AddDays(-10)), Nature = PaymentNature.FoodAndBeverage,
            Form = PaymentForm.InKindItemsAndServices, EventId = ev, RecordedById = ownerId, RecordedBy = "msl", CreatedAt = now,
        };
        var payment = new ExternalPayment
        {
            Id = Guid.CreateVersion7(), Kind = ExternalPaymentKind.General, RecordId = $"R{Guid.NewGuid():N}"[..20], ProgramYear = 2025, HcpId = hcp,
            FirstName = "ANNA", LastName = "FOOTPRINT", PayerName = "Other Pharma Inc.", Amount = 120m, PaidOn = new DateOnly(2025, 5, 1),
            Nature = "Food and Beverage", ImportedAt = now,
        };
        db.AddRange(request, intake, plan, transfer, payment);
        await db.SaveChangesAsync();
        return new HcpFootprint(hcp, solo.Id, group.Id, safety.Id, ev, participant.Id, plan.Id, transfer.Id, request.Id, intake.Id, payment.Id);
    });
}
