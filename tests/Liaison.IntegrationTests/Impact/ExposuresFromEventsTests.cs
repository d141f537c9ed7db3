using System.Globalization;
using System.Net;
using System.Text;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Impact;

/// <summary>Events' checked-in attendance becomes an initiative's exposures (PRODUCT.md §2.2, §2.8), on each engine.</summary>
public abstract class ExposuresFromEventsTests(TestApp app)
{
    private DateTime EventDay => Yesterday(app).Date.AddHours(17);

    /// <summary>A held event the HCPs walked in to (checked in, no invitation needed).</summary>
    private async Task<Guid> EventAttendedBy(params Guid[] hcps)
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (ev, _) = await Created(await msl.PostJson("/api/v1/events", new
        {
            kind = "EducationalSession", title = "Exposure session", startsAt = EventDay, endsAt = EventDay.AddHours(2), channel = "InPerson",
        }));
        if (hcps.Length > 0)
            Assert.Equal(HttpStatusCode.OK, (await msl.PostJson($"/api/v1/events/{ev["id"]}/walk-ins", new { hcpIds = hcps })).StatusCode);
        return Guid.Parse(ev["id"]!.GetValue<string>());
    }

    /// <summary>An HCP initiative starting in the events' month whose outcome dataset has these subjects (6 months either side).</summary>
    private async Task<Guid> Initiative(IEnumerable<string> subjects, string targetKind = "hcp")
    {
        var start = EventDay.Year * 12 + EventDay.Month - 1;
        var csv = new StringBuilder("subject_id,period,events,exposure\n");
        var rng = new Random(11);
        foreach (var s in subjects)
            for (var m = start - 6; m < start + 6; m++)
                csv.Append(CultureInfo.InvariantCulture, $"{s},{AnalysisWindows.FormatMonth(m)},{rng.Next(0, 6)},1\n");
        var file = Path.Combine(TestTemp.Folder("exposures-it-"), "outcomes.csv");
        await File.WriteAllTextAsync(file, csv.ToString());
        var slug = $"ev-{Guid.NewGuid():N}"[..18];
        return await app.InScope(async sp =>
        {
            var imported = await sp.GetRequiredService<ImportOutcomes.Handler>().ImportCsvAsync(
                new ImportOutcomes.Command(slug, OutcomeKind.Prescribing, "csv"), file, null, default);
            Assert.True(imported.IsSuccess, imported.Error?.Message);
            var created = await sp.GetRequiredService<SaveInitiative.Handler>().Create(new InitiativeFields
            {
                Slug = slug, Name = "Attendance initiative", Goal = "Measure the sessions.", TargetKind = targetKind,
                OutcomeDatasetId = imported.Value!.DatasetId, StartMonth = AnalysisWindows.FormatMonth(start), PreMonths = 6, PostMonths = 6,
                Design = "did",
            }, default);
            Assert.True(created.IsSuccess, created.Error?.Message);
            return created.Value!.Id;
        });
    }

    private async Task<List<(string Subject, string Source)>> Targets(Guid initiative) => await app.InScope(async sp =>
        (await sp.GetRequiredService<LiaisonDbContext>().InitiativeTargets.Where(t => t.InitiativeId == initiative)
            .Select(t => new { t.SubjectId, t.Source }).ToListAsync()).Select(t => (t.SubjectId, t.Source)).Order().ToList());

    [Fact]
    public async Task Checked_in_attendees_become_the_exposures_by_npi_and_a_rerun_replaces_them()
    {
        var people = new List<(Guid Id, string Npi)>();
        for (var i = 0; i < 6; i++) people.Add(await Hcp(app, $"Attendee{i}"));
        var (stranger, strangerNpi) = await Hcp(app, "Unmeasured");
        var first = await EventAttendedBy(people[0].Id, people[1].Id, people[2].Id, stranger);
        var second = await EventAttendedBy(people[3].Id, people[4].Id);
        var controls = Enumerable.Range(0, 20).Select(i => $"C{i:D4}");
        var initiative = await Initiative(people.Select(p => p.Npi).Concat(controls));
        var manager = await app.ClientFor(Roles.MslManager);
        var url = $"/api/v1/initiatives/{initiative}/exposures/from-events";

        var taken = await manager.PostJson(url, new { eventIds = new[] { first, second } });
        Assert.True(taken.StatusCode == HttpStatusCode.OK, await taken.Content.ReadAsStringAsync());
        var report = await Json.Read(taken);
        Assert.Equal((2, 6, 5, 1), (report["events"]!.GetValue<int>(), report["attendees"]!.GetValue<int>(),
            report["targets"]!.GetValue<int>(), report["withoutOutcomes"]!.GetValue<int>()));
        var expected = people.Take(5).Select(p => (p.Npi, InitiativeTarget.FromEvents)).Order().ToList();
        Assert.Equal(expected, await Targets(initiative));
        Assert.DoesNotContain(strangerNpi, (await Targets(initiative)).Select(t => t.Subject));

        var analysis = await Json.Read(await manager.PostAsync($"/api/v1/initiatives/{initiative}/analysis", null));
        Assert.Equal((5, 21), (analysis["n_treated"]!.GetValue<int>(), analysis["n_control"]!.GetValue<int>()));

        // Re-running with one event replaces the event-sourced exposures; running it again changes nothing.
        Assert.Equal(HttpStatusCode.OK, (await manager.PostJson(url, new { eventIds = new[] { second } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostJson(url, new { eventIds = new[] { second } })).StatusCode);
        Assert.Equal(people.Skip(3).Take(2).Select(p => (p.Npi, InitiativeTarget.FromEvents)).Order().ToList(), await Targets(initiative));
        var (links, audited) = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            return (await db.InitiativeExposureEvents.Where(x => x.InitiativeId == initiative).Select(x => x.EventId).ToListAsync(),
                await db.AuditEntries.CountAsync(a => a.Entity == nameof(InitiativeTarget) && a.EntityKey == initiative.ToString()));
        });
        Assert.Equal([second], links);
        Assert.Equal(3, audited);
    }

    [Fact]
    public async Task Bad_event_ids_no_attendance_and_patient_initiatives_are_refused_with_problem_details()
    {
        var (hcp, npi) = await Hcp(app);
        var initiative = await Initiative([npi, "C1", "C2"]);
        var manager = await app.ClientFor(Roles.MslManager);
        var url = $"/api/v1/initiatives/{initiative}/exposures/from-events";

        var unknownId = Guid.CreateVersion7();
        var unknown = await manager.PostJson(url, new { eventIds = new[] { unknownId } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains(unknownId.ToString(), await unknown.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostJson(url, new { eventIds = Array.Empty<Guid>() })).StatusCode);

        var empty = await manager.PostJson(url, new { eventIds = new[] { await EventAttendedBy() } });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Nobody with an NPI has checked in", await empty.Content.ReadAsStringAsync());

        var (outsider, _) = await Hcp(app);
        var unmeasured = await manager.PostJson(url, new { eventIds = new[] { await EventAttendedBy(outsider) } });
        Assert.Equal(HttpStatusCode.BadRequest, unmeasured.StatusCode);
        Assert.Contains("is a subject of the outcome dataset", await unmeasured.Content.ReadAsStringAsync());

        var attended = await EventAttendedBy(hcp);
        var patients = await Initiative([npi], "patient");
        Assert.Equal(HttpStatusCode.BadRequest,
            (await manager.PostJson($"/api/v1/initiatives/{patients}/exposures/from-events", new { eventIds = new[] { attended } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await manager.PostJson($"/api/v1/initiatives/{Guid.CreateVersion7()}/exposures/from-events", new { eventIds = new[] { attended } })).StatusCode);
        var msl = await app.ClientFor(Roles.Msl);
        Assert.Equal(HttpStatusCode.Forbidden, (await msl.PostJson(url, new { eventIds = new[] { attended } })).StatusCode);
        Assert.Empty(await Targets(initiative));
    }
}

public sealed class ExposuresFromEventsOnSqlite(SqliteApp app) : ExposuresFromEventsTests(app), IClassFixture<SqliteApp>;

public sealed class ExposuresFromEventsOnPostgres(PostgresApp app) : ExposuresFromEventsTests(app), IClassFixture<PostgresApp>;
