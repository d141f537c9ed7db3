using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

public abstract class ContentAndPlansTests(TestApp app)
{
    private static MultipartFormDataContent Upload(Guid product, string code, string version, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { new StringContent("Safety update deck"), "Title" }, { new StringContent(code), "DocumentCode" },
            { new StringContent(version), "VersionLabel" }, { new StringContent(product.ToString()), "ProductId" },
            { new StringContent("Approved"), "Status" }, { new StringContent("2027-01-31"), "ExpiresOn" },
            { new StringContent("false"), "OffLabel" }, { new StringContent("HealthcareProfessionals"), "Audience" },
            { file, "file", "deck.pdf" },
        };
    }

    [Fact]
    public async Task An_approval_date_ahead_of_today_is_refused()
    {
        // A material "approved" next year was listed as usable today and refused only when an MSL used it.
        var upload = Upload(await Product(app), $"MED-{Guid.NewGuid():N}"[..14], "1.0", RandomNumberGenerator.GetBytes(64));
        upload.Add(new StringContent(DateOnly.FromDateTime(Yesterday(app)).AddYears(1).ToString("yyyy-MM-dd")), "ApprovedOn");
        var response = await (await app.ClientFor(Roles.MedicalInformation)).PostAsync("/api/v1/content", upload);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]!["approvedOn"]);
    }

    [Fact]
    public async Task Medical_information_uploads_a_material_whose_file_comes_back_with_its_checksum()
    {
        var product = await Product(app);
        var bytes = RandomNumberGenerator.GetBytes(2048);
        var code = $"MED-{Guid.NewGuid():N}"[..14];
        var msl = await app.ClientFor(Roles.Msl);
        Assert.Equal(HttpStatusCode.Forbidden, (await msl.PostAsync("/api/v1/content", Upload(product, code, "1.0", bytes))).StatusCode);

        var medinfo = await app.ClientFor(Roles.MedicalInformation);
        var (item, etag) = await Created(await medinfo.PostAsync("/api/v1/content", Upload(product, code, "1.0", bytes)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), item["sha256"]!.GetValue<string>());
        Assert.Equal("Approved", item["status"]!.GetValue<string>());
        Assert.NotNull(item["approvedOn"]);
        var download = await msl.GetAsync($"/api/v1/content/{item["id"]}/file");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);

        var duplicate = await medinfo.PostAsync("/api/v1/content", Upload(product, code, "1.0", bytes));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var withdraw = await Send(medinfo, HttpMethod.Put, $"/api/v1/content/{item["id"]}", etag, new
        {
            title = "Safety update deck", documentCode = code, versionLabel = "1.0", productId = product, status = "Withdrawn",
            offLabel = false, audience = "HealthcareProfessionals",
        });
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Equal("Withdrawn", (await Json.Read(withdraw))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plans_progress_is_counted_from_the_msls_interactions_and_the_team_view_is_for_managers()
    {
        var (msl, mslId, _) = await app.UserClient(Roles.Msl);
        var (kol, _) = await Hcp(app, "Kolman");
        var year = Yesterday(app).Year;
        var quarter = (Yesterday(app).Month + 2) / 3;
        var quarters = Enumerable.Range(1, 4).Select(q => new { objective = $"Q{q} goal", plannedTouchpoints = q == quarter ? 2 : 1 }).ToArray();
        var (plan, _) = await Created(await msl.PostJson("/api/v1/engagement-plans",
            new { hcpId = kol, year, objectives = "Understand research interests.", quarters }));
        Assert.Equal(0, plan["done"]!.GetValue<int>());
        await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, [kol])));
        var again = await Json.Read(await msl.GetAsync($"/api/v1/engagement-plans/{plan["id"]}"));
        Assert.Equal(1, again["quarters"]![quarter - 1]!["done"]!.GetValue<int>());
        Assert.Equal(1, again["done"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.Forbidden, (await msl.GetAsync($"/api/v1/engagement-plans/team?year={year}")).StatusCode);
        var (manager, managerId, _) = await app.UserClient(Roles.MslManager);
        await ReportTo(app, managerId, mslId);
        var team = (await Json.Read(await manager.GetAsync($"/api/v1/engagement-plans/team?year={year}"))).AsArray();
        var line = team.First(t => t!["ownerId"]!.GetValue<string>() == mslId)!;
        Assert.Equal(1, line["plans"]!.GetValue<int>());
        Assert.Equal(1, line["done"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_calendar_feed_serves_the_users_interactions_and_follow_ups_until_revoked()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app, "Calendarson");
        await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp], notes: "Private note")));
        var feed = await Json.Read(await msl.PostAsync("/api/v1/calendar-feed", null));
        var url = new Uri(feed["url"]!.GetValue<string>()).PathAndQuery;
        var anonymous = app.Client();
        var ics = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        var text = await ics.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VEVENT", text);
        Assert.Contains("Calendarson", text);
        Assert.Contains("SUMMARY:Follow-up due: Send the reprint", text);
        Assert.Contains("BEGIN:VALARM", text);
        Assert.DoesNotContain("Private note", text);

        await msl.DeleteAsync("/api/v1/calendar-feed");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/cal_guess.ics")).StatusCode);
    }

    [Fact]
    public async Task Polling_the_calendar_feed_records_its_last_use_at_most_every_five_minutes()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var feed = await Json.Read(await msl.PostAsync("/api/v1/calendar-feed", null));
        var url = new Uri(feed["url"]!.GetValue<string>()).PathAndQuery;
        var anonymous = app.Client();
        async Task<DateTime> LastUsed() => (await Json.Read(await msl.GetAsync("/api/v1/calendar-feed")))["lastUsedAt"]!.GetValue<DateTime>();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        var first = await LastUsed();
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(first, await LastUsed());
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(first.AddMinutes(6), await LastUsed());
    }
}

public sealed class ContentAndPlansOnSqlite(SqliteApp app) : ContentAndPlansTests(app), IClassFixture<SqliteApp>;

public sealed class ContentAndPlansOnPostgres(PostgresApp app) : ContentAndPlansTests(app), IClassFixture<PostgresApp>;
