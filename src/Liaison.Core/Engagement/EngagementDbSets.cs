using Liaison.Core.Engagement.Advocacy;
using Liaison.Core.Engagement.Calendar;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Interactions;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.Core.Engagement.Plans;
using Liaison.Core.Engagement.Transfers;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Data;

public partial class LiaisonDbContext
{
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<InteractionAttendee> InteractionAttendees => Set<InteractionAttendee>();
    public DbSet<InteractionProduct> InteractionProducts => Set<InteractionProduct>();
    public DbSet<InteractionMaterial> InteractionMaterials => Set<InteractionMaterial>();
    public DbSet<InteractionAmendment> InteractionAmendments => Set<InteractionAmendment>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<PatientAdvocate> PatientAdvocates => Set<PatientAdvocate>();
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    public DbSet<EngagementPlan> EngagementPlans => Set<EngagementPlan>();
    public DbSet<MedicalEvent> MedicalEvents => Set<MedicalEvent>();
    public DbSet<EventSpeaker> EventSpeakers => Set<EventSpeaker>();
    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();
    public DbSet<KnowledgeQuestion> KnowledgeQuestions => Set<KnowledgeQuestion>();
    public DbSet<KnowledgeScore> KnowledgeScores => Set<KnowledgeScore>();
    public DbSet<EventFeedback> EventFeedback => Set<EventFeedback>();
    public DbSet<TransferOfValue> TransfersOfValue => Set<TransferOfValue>();
    public DbSet<TransferCap> TransferCaps => Set<TransferCap>();
    public DbSet<ExternalPayment> ExternalPayments => Set<ExternalPayment>();
    public DbSet<CalendarFeedToken> CalendarFeedTokens => Set<CalendarFeedToken>();
}
