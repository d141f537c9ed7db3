using System.Net;
using System.Text.Json.Nodes;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

public abstract class EventsApiTests(TestApp app)
{
    private object NewEvent(string series, DateTime starts) => new
    {
        kind = "EducationalSession", title = "HER2-low testing", series, startsAt = starts, endsAt = starts.AddHours(2), channel = "InPerson",
        place = "Boston", agenda = "Pre-test; talk; post-test", capacity = 30, budgetEstimated = 5000m, budgetCommitted = 4500m,
        budgetActual = 4200m, status = "Held", speakers = new[] { new { name = "Dr. In-house", topic = "The evidence" } },
    };

    private static Guid ParticipantOf(JsonNode ev, Guid hcp) =>
        Guid.Parse(ev["participants"]!.AsArray().First(p => p!["hcpId"]?.GetValue<string>() == hcp.ToString())!["id"]!.GetValue<string>());

    [Fact]
    public async Task An_event_runs_from_invitation_to_tests_and_its_attendance_is_an_exposure_list()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (a, npiA) = await Hcp(app);
        var (b, npiB) = await Hcp(app);
        var (c, _) = await Hcp(app);
        var (walkIn, npiW) = await Hcp(app);
        var advocate = await Json.Read(await msl.PostJson("/api/v1/patient-advocates",
            new { name = $"Rep {Guid.NewGuid():N}"[..12], organisation = "Patients United" }));
        var series = $"Series {Guid.NewGuid():N}";
        var firstDay = Yesterday(app).AddDays(-10);
        var (ev, eventTag) = await Created(await msl.PostJson("/api/v1/events", NewEvent(series, firstDay)));
        var url = $"/api/v1/events/{ev["id"]}";
        await ConsentToInvitations(app, "Email", a, b, c);

        var invited = await Json.Read(await msl.PostJson(url + "/invitations",
            new { hcpIds = new[] { a, b, c }, advocateIds = new[] { advocate["id"]!.GetValue<string>() } }));
        Assert.Equal(4, invited["outcome"]!["invited"]!.GetValue<int>());
        await msl.PostJson($"{url}/participants/{ParticipantOf(invited, a)}/registration", new { });
        await msl.PostJson($"{url}/participants/{ParticipantOf(invited, a)}/check-in", new { });
        await msl.PostJson($"{url}/participants/{ParticipantOf(invited, b)}/check-in", new { });
        var declined = await Json.Read(await msl.PostJson($"{url}/participants/{ParticipantOf(invited, c)}/decline", new { }));
        Assert.Equal("Declined", declined["participants"]!.AsArray().First(p => p!["hcpId"]?.GetValue<string>() == c.ToString())!["status"]!.GetValue<string>());
        var afterWalkIn = await Json.Read(await msl.PostJson(url + "/walk-ins", new { hcpIds = new[] { walkIn } }));
        Assert.Equal(3, afterWalkIn["outcome"]!["attended"]!.GetValue<int>());
        Assert.Equal(1, afterWalkIn["outcome"]!["walkIns"]!.GetValue<int>());

        var questions = new[]
        {
            new { text = "Which HER2 status is HER2-low?", choices = new[] { "IHC 0", "IHC 1+" }, correctChoice = 1 },
            new { text = "Which AE needs monitoring?", choices = new[] { "ILD", "Gout" }, correctChoice = 0 },
        };
        var tested = await Send(msl, HttpMethod.Put, url + "/knowledge-test", eventTag, questions);
        Assert.Equal(HttpStatusCode.OK, tested.StatusCode);
        var pa = ParticipantOf(afterWalkIn, a);
        await msl.PostJson($"{url}/participants/{pa}/scores", new { phase = "Pre", answers = new[] { 0, 0 } });
        await msl.PostJson($"{url}/participants/{pa}/scores", new { phase = "Post", answers = new[] { 1, 0 } });
        var pb = ParticipantOf(afterWalkIn, b);
        await msl.PostJson($"{url}/participants/{pb}/scores", new { phase = "Pre", correct = 1 });
        var scored = await Json.Read(await msl.PostJson($"{url}/participants/{pb}/scores", new { phase = "Post", correct = 2 }));
        var rowA = scored["participants"]!.AsArray().First(p => p!["hcpId"]?.GetValue<string>() == a.ToString())!;
        Assert.Equal(50.0, rowA["preScore"]!.GetValue<double>());
        Assert.Equal(100.0, rowA["postScore"]!.GetValue<double>());
        Assert.Equal(50.0, rowA["scoreChange"]!.GetValue<double>());
        Assert.Equal(2, scored["outcome"]!["testedBoth"]!.GetValue<int>());
        Assert.Equal(50.0, scored["outcome"]!["meanScoreChange"]!.GetValue<double>());
        var locked = await Send(msl, HttpMethod.Put, url + "/knowledge-test", tested.Headers.ETag!.Tag, questions);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);

        var feedback = await Json.Read(await msl.PostJson($"{url}/participants/{pa}/feedback",
            new { overall = 5, relevance = 4, speakerQuality = 5, wouldRecommend = true, comments = "Useful" }));
        Assert.Equal(1, feedback["outcome"]!["feedbackForms"]!.GetValue<int>());

        var (later, _) = await Created(await msl.PostJson("/api/v1/events", NewEvent(series, firstDay.AddDays(5))));
        await msl.PostJson($"/api/v1/events/{later["id"]}/walk-ins", new { hcpIds = new[] { a } });
        var exposures = (await Json.Read(await msl.GetAsync($"/api/v1/events/exposures?series={Uri.EscapeDataString(series)}"))).AsArray();
        Assert.Equal(3, exposures.Count);
        var first = DateOnly.FromDateTime(firstDay).ToString("yyyy-MM-dd");
        Assert.Contains(exposures, x => x!["subjectId"]!.GetValue<string>() == npiA && x["exposedOn"]!.GetValue<string>() == first);
        Assert.Contains(exposures, x => x!["subjectId"]!.GetValue<string>() == npiB);
        Assert.Contains(exposures, x => x!["subjectId"]!.GetValue<string>() == npiW);
    }

    [Fact]
    public async Task A_cancelled_event_takes_no_one_and_a_future_one_no_attendance_yet()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var cancelled = NewEvent("s", Yesterday(app)) is var body ? System.Text.Json.JsonSerializer.SerializeToNode(body, Json.Web)!.AsObject() : null!;
        cancelled["status"] = "Cancelled";
        var (gone, _) = await Created(await msl.PostJson("/api/v1/events", cancelled));
        var walkIn = await msl.PostJson($"/api/v1/events/{gone["id"]}/walk-ins", new { hcpIds = new[] { hcp } });
        Assert.Equal(HttpStatusCode.Conflict, walkIn.StatusCode);
        Assert.Contains("cancelled", (await Json.Read(walkIn))["detail"]!.GetValue<string>());

        var planned = System.Text.Json.JsonSerializer.SerializeToNode(NewEvent("s", Yesterday(app).AddDays(20)), Json.Web)!.AsObject();
        planned["status"] = "Planned";
        var (ahead, _) = await Created(await msl.PostJson("/api/v1/events", planned));
        var early = await msl.PostJson($"/api/v1/events/{ahead["id"]}/walk-ins", new { hcpIds = new[] { hcp } });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("attendance is recorded from", (await Json.Read(early))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_organiser_or_a_manager_changes_an_event()
    {
        var organiser = await app.ClientFor(Roles.Msl);
        var other = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var (ev, _) = await Created(await organiser.PostJson("/api/v1/events", NewEvent("s", Yesterday(app))));
        await ConsentToInvitations(app, "Email", hcp);
        var refused = await other.PostJson($"/api/v1/events/{ev["id"]}/invitations", new { hcpIds = new[] { hcp } });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var manager = await app.ClientFor(Roles.MslManager);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostJson($"/api/v1/events/{ev["id"]}/invitations", new { hcpIds = new[] { hcp } })).StatusCode);
    }

    [Theory]
    [InlineData("QA ics\r\nEND:VEVENT")]
    [InlineData("Two\nlines")]
    public async Task A_title_over_more_than_one_line_is_a_field_error(string title)
    {
        var msl = await app.ClientFor(Roles.Msl);
        var body = NewEvent("s", Yesterday(app)) is var e ? System.Text.Json.JsonSerializer.SerializeToNode(e, Json.Web)!.AsObject() : null!;
        body["title"] = title;
        var response = await msl.PostJson("/api/v1/events", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]!["title"]);
    }

    [Fact]
    public async Task An_event_that_ends_before_it_starts_is_a_field_error()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var bad = new
        {
            kind = "Roundtable", title = "Backwards", startsAt = Yesterday(app), endsAt = Yesterday(app).AddHours(-1), channel = "Video",
        };
        var response = await msl.PostJson("/api/v1/events", bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]!["endsAt"]);
    }
}

public sealed class EventsApiOnSqlite(SqliteApp app) : EventsApiTests(app), IClassFixture<SqliteApp>;

public sealed class EventsApiOnPostgres(PostgresApp app) : EventsApiTests(app), IClassFixture<PostgresApp>;
