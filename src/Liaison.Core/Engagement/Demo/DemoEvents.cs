using Liaison.Core.Data;
using Liaison.Core.Directory.Privacy;
using Liaison.Core.Engagement.Events;
using Liaison.Core.Engagement.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Engagement.Demo;

/// <summary>A held event of the demo and who checked in, for the interactions and payments that go with it.</summary>
internal sealed record DemoHeldEvent(MedicalEvent Event, IReadOnlyList<DemoHcp> Attendees, IReadOnlyList<Guid> Advocates,
    IReadOnlyList<DemoHcp> Speakers);

/// <summary>
/// The demo's events: eight oncology educational sessions in one month (the impact initiative's activity), rare-disease
/// roundtables with advocacy groups and cardiovascular education sessions (each in its initiative's window), this year's
/// oncology updates, and two planned events.
/// </summary>
internal static class DemoEvents
{
    private static readonly (string Text, string[] Choices, int Correct)[] OncologyQuiz =
    [
        ("Which HER2 status defines HER2-low disease?", ["IHC 0", "IHC 1+ or IHC 2+/ISH−", "IHC 3+", "ISH amplified"], 1),
        ("Which adverse event needs proactive monitoring with Veltrisa?", ["Hyperglycaemia", "Interstitial lung disease", "Hypertension", "Gout"], 1),
        ("What is the recommended first step for suspected grade 2 ILD?", ["Continue at full dose", "Interrupt and start steroids", "Halve the dose", "Switch route"], 1),
        ("Which test should precede treatment?", ["HER2 IHC on a recent sample", "BRCA germline only", "PD-L1 only", "None"], 0),
        ("Where is Veltrisa indicated?", ["First-line HER2+", "Second-line HER2-low metastatic", "Adjuvant", "Neoadjuvant"], 1),
    ];

    public static async Task<IReadOnlyList<DemoHeldEvent>> SeedAsync(LiaisonDbContext db, DemoCast cast, Random random, CancellationToken ct)
    {
        var held = new List<DemoHeldEvent>();
        var consented = (await db.Consents.Where(c => c.Channel == ConsentChannel.Email && c.Purpose == ConsentPurpose.EventInvitations)
            .Select(c => c.HcpId).ToListAsync(ct)).ToHashSet();
        var month = DemoEngagement.OncologySessionsMonth(cast.Now);
        // Oncology: each targeted oncologist is invited to one session; about three in four attend.
        var targeted = cast.Oncologists.Take(Math.Min(cast.Oncologists.Count, 200)).ToList();
        var perSession = (int)Math.Ceiling(targeted.Count / 8.0);
        string[] cities = ["Boston", "Philadelphia", "Houston", "Chicago", "Baltimore", "Seattle", "Atlanta", "Denver"];
        for (var s = 0; s < 8; s++)
        {
            var invited = targeted.Skip(s * perSession).Take(perSession).ToList();
            if (invited.Count == 0) break;
            var starts = month.AddDays(3 + s * 3).AddHours(21);
            var e = NewEvent(cast, EventKind.EducationalSession, $"HER2-low breast cancer: from testing to treatment ({cities[s]})",
                DemoEngagement.OncologySeries, "ONC-101", starts, cast.OncologyMsl, EventStatus.Held, $"{cities[s]} Marriott, conference room B");
            var speaker = cast.Oncologists[^(1 + s % 5)];
            e.Speakers.Add(new EventSpeaker { Id = Guid.CreateVersion7(), EventId = e.Id, HcpId = speaker.Id, Topic = "Case-based discussion" });
            e.Speakers.Add(new EventSpeaker { Id = Guid.CreateVersion7(), EventId = e.Id, Name = "Dr. Maya Lindqvist (Medical Affairs)", Topic = "The evidence" });
            db.MedicalEvents.Add(e);
            var questions = AddQuiz(db, e.Id, OncologyQuiz);
            var attended = AddParticipants(db, e, invited, [], random, 0.75, questions.Count, consented);
            held.Add(new DemoHeldEvent(e, attended, [], [speaker]));
        }

        // Rare disease: three roundtables around the start of the initiative that measures what followed them.
        var rare = DemoEngagement.SeriesMonth(DemoEngagement.RareDiseaseSeries, cast.Now, 10);
        for (var r = 0; r < 3; r++)
        {
            var starts = rare.AddMonths(r - 1).AddDays(9 + r * 4).AddHours(20);
            var e = NewEvent(cast, EventKind.Roundtable, $"Pompe disease roundtable {r + 1}: living with enzyme replacement",
                DemoEngagement.RareDiseaseSeries, "RARE-310", DateTime.SpecifyKind(starts, DateTimeKind.Utc), cast.CardioMsl, EventStatus.Held,
                "Virtual (video)");
            e.Channel = InteractionChannel.Video;
            db.MedicalEvents.Add(e);
            var kols = cast.RareDisease.Skip(r * 6).Take(8).ToList();
            var advocates = cast.Advocates.Where(a => a.Organisation.StartsWith("Pompe", StringComparison.Ordinal)).Select(a => a.Id).ToList();
            var attended = AddParticipants(db, e, kols, advocates, random, 0.9, 0, consented);
            held.Add(new DemoHeldEvent(e, attended, advocates, []));
        }

        // Cardiovascular: a session a quarter through the campaign's year.
        var campaign = DemoEngagement.SeriesMonth(DemoEngagement.CardiovascularSeries, cast.Now, 11);
        for (var c = 0; c < 4; c++)
        {
            var starts = DateTime.SpecifyKind(campaign.AddMonths(c * 3).AddDays(14).AddHours(21), DateTimeKind.Utc);
            var e = NewEvent(cast, EventKind.EducationalSession, $"Cardiostat safety in practice: session {c + 1}",
                DemoEngagement.CardiovascularSeries, "CV-420", starts, cast.CardioMsl, EventStatus.Held, "Regional heart institute, auditorium");
            db.MedicalEvents.Add(e);
            var attended = AddParticipants(db, e, cast.Cardiologists.Skip(c * 12).Take(15).ToList(), [], random, 0.7, 0, consented);
            held.Add(new DemoHeldEvent(e, attended, [], []));
        }

        // This year's field education, no initiative's: the dashboards' last twelve months have events to show.
        for (var u = 0; u < 3; u++)
        {
            var starts = DateTime.SpecifyKind(cast.Now.Date.AddMonths(-(5 - u * 2)).AddHours(21), DateTimeKind.Utc);
            var e = NewEvent(cast, EventKind.EducationalSession, $"Managing interstitial lung disease on Veltrisa: update {u + 1}", null,
                "ONC-101", starts, cast.OncologyMsl, EventStatus.Held, "Regional cancer centre, seminar room");
            db.MedicalEvents.Add(e);
            var questions = AddQuiz(db, e.Id, OncologyQuiz);
            var attended = AddParticipants(db, e, cast.Oncologists.Skip(200 + u * 10).Take(14).ToList(), [], random, 0.75, questions.Count, consented);
            held.Add(new DemoHeldEvent(e, attended, [], []));
        }

        var next = NewEvent(cast, EventKind.EducationalSession, "Oncavir in EGFR-mutant NSCLC: update", null, "ONC-205",
            DateTime.SpecifyKind(cast.Now.Date.AddDays(21).AddHours(21), DateTimeKind.Utc), cast.OncologyMsl, EventStatus.Planned, "Boston, Longwood medical area");
        db.MedicalEvents.Add(next);
        AddParticipants(db, next, cast.Oncologists.Skip(5).Take(12).ToList(), [], random, 0, 0, consented);
        db.MedicalEvents.Add(NewEvent(cast, EventKind.Roundtable, "Heart failure patient voices roundtable", null, "CV-420",
            DateTime.SpecifyKind(cast.Now.Date.AddDays(35).AddHours(19), DateTimeKind.Utc), cast.CardioMsl, EventStatus.Planned, "Virtual (video)"));
        await db.SaveChangesAsync(ct);
        return held;
    }

    /// <remarks>Events start 19:00-21:00 UTC (afternoon and early evening on the US East Coast) and end before midnight UTC.</remarks>
    private static MedicalEvent NewEvent(DemoCast cast, EventKind kind, string title, string? series, string product, DateTime starts,
        string owner, EventStatus status, string place) => new()
    {
        Id = Guid.CreateVersion7(), Kind = kind, Title = title, Series = series, ProductId = cast.Products[product],
        StartsAt = starts, EndsAt = starts.AddHours(2), Channel = InteractionChannel.InPerson, Place = place, OwnerId = owner,
        // Durations, not clock times: readers see the event's hours in their own time zone.
        Agenda = "Welcome and pre-test (15 min)\nThe evidence (45 min)\nCase discussion (45 min)\nPost-test and feedback (15 min)",
        Capacity = 40, BudgetEstimated = 8000m, BudgetCommitted = status == EventStatus.Held ? 7600m : 5000m,
        BudgetActual = status == EventStatus.Held ? 7200m : 0m, Status = status, CreatedAt = starts.AddDays(-45),
    };

    private static List<KnowledgeQuestion> AddQuiz(LiaisonDbContext db, Guid eventId, (string Text, string[] Choices, int Correct)[] quiz)
    {
        var questions = quiz.Select((q, i) => new KnowledgeQuestion
        {
            Id = Guid.CreateVersion7(), EventId = eventId, Number = i + 1, Text = q.Text, Choices = [.. q.Choices], CorrectChoice = q.Correct,
        }).ToList();
        db.KnowledgeQuestions.AddRange(questions);
        return questions;
    }

    /// <summary>
    /// Invites (by email, with the consent that needs: ContactConsent), registers and checks people in; with a quiz,
    /// attendees take it before and after.
    /// </summary>
    private static List<DemoHcp> AddParticipants(LiaisonDbContext db, MedicalEvent e, List<DemoHcp> invited, List<Guid> advocates,
        Random random, double attendance, int questions, HashSet<Guid> consented)
    {
        var attended = new List<DemoHcp>();
        foreach (var hcp in invited)
        {
            if (consented.Add(hcp.Id))
                db.Consents.Add(new Consent
                {
                    Id = Guid.CreateVersion7(), HcpId = hcp.Id, Channel = ConsentChannel.Email, Purpose = ConsentPurpose.EventInvitations,
                    Source = "event sign-up form", GivenOn = DateOnly.FromDateTime(e.StartsAt.AddDays(-60)), RecordedBy = "demo",
                    RecordedAt = e.StartsAt.AddDays(-60),
                });
            var comes = random.NextDouble() < attendance;
            var p = new EventParticipant
            {
                Id = Guid.CreateVersion7(), EventId = e.Id, HcpId = hcp.Id, InvitedAt = e.StartsAt.AddDays(-30), InvitedVia = ConsentChannel.Email,
                RegisteredAt = comes || random.NextDouble() < 0.3 ? e.StartsAt.AddDays(-random.Next(3, 25)) : null,
                Status = comes ? ParticipationStatus.Attended : ParticipationStatus.Invited, CheckedInAt = comes ? e.StartsAt.AddMinutes(random.Next(-10, 20)) : null,
            };
            if (p.RegisteredAt is not null && !comes) p.Status = ParticipationStatus.Registered;
            db.EventParticipants.Add(p);
            if (!comes) continue;
            attended.Add(hcp);
            if (questions > 0) AddScores(db, p, questions, random, e.StartsAt);
            if (random.NextDouble() < 0.6)
                db.EventFeedback.Add(new EventFeedback
                {
                    Id = Guid.CreateVersion7(), ParticipantId = p.Id, Overall = random.Next(3, 6), Relevance = random.Next(3, 6),
                    SpeakerQuality = random.Next(3, 6), WouldRecommend = random.NextDouble() < 0.85, SubmittedAt = e.EndsAt,
                });
        }
        foreach (var a in advocates)
            db.EventParticipants.Add(new EventParticipant
            {
                Id = Guid.CreateVersion7(), EventId = e.Id, AdvocateId = a, InvitedAt = e.StartsAt.AddDays(-30),
                RegisteredAt = e.StartsAt.AddDays(-10), CheckedInAt = e.StartsAt, Status = ParticipationStatus.Attended,
            });
        return attended;
    }

    private static void AddScores(LiaisonDbContext db, EventParticipant p, int questions, Random random, DateTime at)
    {
        int Correct(double chance) => Enumerable.Range(0, questions).Count(_ => random.NextDouble() < chance);
        db.KnowledgeScores.Add(new KnowledgeScore { Id = Guid.CreateVersion7(), ParticipantId = p.Id, Phase = TestPhase.Pre, Correct = Correct(0.5), Total = questions, TakenAt = at });
        db.KnowledgeScores.Add(new KnowledgeScore { Id = Guid.CreateVersion7(), ParticipantId = p.Id, Phase = TestPhase.Post, Correct = Correct(0.8), Total = questions, TakenAt = at.AddHours(2) });
    }
}
