using System.Net;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

public abstract class InteractionsApiTests(TestApp app)
{
    [Fact]
    public async Task An_msl_logs_an_interaction_with_attendees_products_and_a_material()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (a, _) = await Hcp(app);
        var (b, npiB) = await Hcp(app);
        var product = await Product(app);
        var material = await Material(app, product);
        var (body, etag) = await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, [a, b], [product], [material])));
        Assert.Equal("Draft", body["status"]!.GetValue<string>());
        Assert.Equal(2, body["attendees"]!.AsArray().Count);
        Assert.Contains(body["attendees"]!.AsArray(), x => x!["npi"]?.GetValue<string>() == npiB);
        Assert.Equal("NotTracked", body["materials"]![0]!["certification"]!.GetValue<string>());
        Assert.Single(body["followUps"]!.AsArray());

        var read = await msl.GetAsync($"/api/v1/interactions/{body["id"]}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(etag, read.Headers.ETag!.Tag);
        var timeline = await Json.Read(await msl.GetAsync($"/api/v1/hcps/{a}/interactions"));
        Assert.Equal(1, timeline["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_signed_interaction_refuses_edits_and_an_amendment_keeps_the_signed_version_with_its_reason()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var (body, etag) = await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp], notes: "First version.")));
        var url = $"/api/v1/interactions/{body["id"]}";
        var signed = await Send(msl, HttpMethod.Post, url + "/signature", etag);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var signedTag = signed.Headers.ETag!.Tag;

        var edit = await Send(msl, HttpMethod.Put, url, signedTag, Interaction(app, [hcp], notes: "Rewritten."));
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("signed and locked", (await Json.Read(edit))["detail"]!.GetValue<string>());

        var noReason = await Send(msl, HttpMethod.Post, url + "/amendments", signedTag,
            new { reason = "", interaction = Interaction(app, [hcp], notes: "Rewritten.") });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var amended = await Send(msl, HttpMethod.Post, url + "/amendments", signedTag,
            new { reason = "The second half of the discussion was missing.", interaction = Interaction(app, [hcp], notes: "Second version.") });
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var now = await Json.Read(amended);
        Assert.Equal("Signed", now["status"]!.GetValue<string>());
        Assert.Equal(1, now["amendmentCount"]!.GetValue<int>());
        Assert.Equal("Second version.", now["notes"]!.GetValue<string>());

        var amendments = (await Json.Read(await msl.GetAsync(url + "/amendments"))).AsArray();
        Assert.Single(amendments);
        Assert.Contains("First version.", amendments[0]!["before"]!.GetValue<string>());
        // What changed, in words: only the notes.
        var change = Assert.Single(amendments[0]!["changes"]!.AsArray());
        Assert.Equal(("Notes", "First version.", "Second version."),
            (change!["field"]!.GetValue<string>(), change["was"]!.GetValue<string>(), change["became"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(amendments[0]!["amendedByName"]!.GetValue<string>()));
        var compliance = await app.ClientFor(Roles.Compliance);
        var audit = (await Json.Read(await compliance.GetAsync($"/api/v1/audit?entity=Interaction&entityKey={body["id"]}")))["items"]!.AsArray();
        // A signature and an amendment are recorded as such, so a reviewer can list them.
        var update = audit.First(e => e!["action"]!.GetValue<string>() == "Amend" && e["newValues"]!.GetValue<string>().Contains("Second version."));
        Assert.Equal("Amendment 1: The second half of the discussion was missing.", update!["reason"]!.GetValue<string>());
        Assert.Contains("First version.", update["oldValues"]!.GetValue<string>());
        Assert.Contains(audit, e => e!["action"]!.GetValue<string>() == "Sign" && e["newValues"]!.GetValue<string>().Contains("SignedBy"));
    }

    [Fact]
    public async Task Notes_telling_of_an_adverse_event_ask_for_an_intake_until_one_is_raised_with_a_24_hour_clock()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var (body, _) = await Created(await msl.PostJson("/api/v1/interactions",
            Interaction(app, [hcp], notes: "Dr. said the patient developed a rash after the second dose.")));
        Assert.True(body["asksForSafetyIntake"]!.GetValue<bool>());
        Assert.Equal("AdverseEvent", body["safetySignals"]![0]!["kind"]!.GetValue<string>());

        var aware = Yesterday(app).AddHours(1);
        var (intake, _) = await Created(await msl.PostJson("/api/v1/safety/intakes", new
        {
            kind = "AdverseEvent", interactionId = body["id"]!.GetValue<string>(), reporterHcpId = hcp,
            description = "Rash after the second dose.", awareAt = aware,
        }));
        Assert.Equal(aware.AddHours(24), intake["forwardBy"]!.GetValue<DateTime>().ToUniversalTime());
        var after = await Json.Read(await msl.GetAsync($"/api/v1/interactions/{body["id"]}"));
        Assert.False(after["asksForSafetyIntake"]!.GetValue<bool>());

        var (calm, _) = await Created(await msl.PostJson("/api/v1/interactions",
            Interaction(app, [hcp], notes: "No side effects were reported; the patient denied any adverse events.")));
        Assert.False(calm["asksForSafetyIntake"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Editing_with_a_stale_etag_is_412_and_without_one_428()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var (body, etag) = await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp])));
        var url = $"/api/v1/interactions/{body["id"]}";
        Assert.Equal(HttpStatusCode.OK, (await Send(msl, HttpMethod.Put, url, etag, Interaction(app, [hcp], notes: "One."))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(msl, HttpMethod.Put, url, etag, Interaction(app, [hcp], notes: "Two."))).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await Send(msl, HttpMethod.Put, url, null, Interaction(app, [hcp]))).StatusCode);
    }

    [Fact]
    public async Task An_interaction_is_signed_only_once_it_has_taken_place()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var planned = Interaction(app, [hcp]) is var template ? new Dictionary<string, object?>(
            template.GetType().GetProperties().Select(p => new KeyValuePair<string, object?>(p.Name, p.GetValue(template)))) : null;
        planned!["occurredAt"] = app.Clock.GetUtcNow().UtcDateTime.AddDays(3);
        var (body, etag) = await Created(await msl.PostJson("/api/v1/interactions", planned));
        var sign = await Send(msl, HttpMethod.Post, $"/api/v1/interactions/{body["id"]}/signature", etag);
        Assert.Equal(HttpStatusCode.Conflict, sign.StatusCode);
    }

    [Fact]
    public async Task An_unknown_attendee_or_no_attendee_is_a_field_error()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var none = await msl.PostJson("/api/v1/interactions", Interaction(app, []));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.NotNull((await Json.Read(none))["errors"]!["hcpIds"]);
        var unknown = await msl.PostJson("/api/v1/interactions", Interaction(app, [Guid.NewGuid()]));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task An_enumeration_given_as_a_number_is_refused_not_stored()
    {
        // Any integer once bound to an enum ("kind": 99) and was stored, counted nowhere and exported as "99".
        var (hcp, _) = await Hcp(app);
        var msl = await app.ClientFor(Roles.Msl);
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["kind"] = 99, ["channel"] = "InPerson", ["occurredAt"] = "2026-02-27T10:00:00Z", ["hcpIds"] = new System.Text.Json.Nodes.JsonArray(hcp.ToString()),
        };
        var response = await msl.PostAsync("/api/v1/interactions", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class InteractionsApiOnSqlite(SqliteApp app) : InteractionsApiTests(app), IClassFixture<SqliteApp>;

public sealed class InteractionsApiOnPostgres(PostgresApp app) : InteractionsApiTests(app), IClassFixture<PostgresApp>;
