using System.Net;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>PRODUCT.md §3.6: an event invitation is a non-scientific contact and needs consent for its channel.</summary>
public abstract class InvitationConsentTests(TestApp app)
{
    /// <param name="inDays">When it starts, from yesterday: invitations go out ahead; a walk-in comes once it has begun.</param>
    private async Task<(HttpClient Msl, string Url)> NewEvent(int inDays = 20)
    {
        var msl = await app.ClientFor(Roles.Msl);
        var starts = Yesterday(app).AddDays(inDays);
        var (ev, _) = await Created(await msl.PostJson("/api/v1/events", new
        {
            kind = "EducationalSession", title = "Consent session", startsAt = starts, endsAt = starts.AddHours(2), channel = "InPerson",
        }));
        return (msl, $"/api/v1/events/{ev["id"]}");
    }

    [Fact]
    public async Task An_invitation_without_consent_is_refused_naming_the_hcp_and_nobody_is_invited()
    {
        var (msl, url) = await NewEvent();
        var (consenting, _) = await Hcp(app, "Consenting");
        var (silent, npi) = await Hcp(app, "Silentio");
        await ConsentToInvitations(app, "Email", consenting);
        var refused = await msl.PostJson(url + "/invitations", new { hcpIds = new[] { consenting, silent } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("No consent in force to receive event invitations by email", problem);
        Assert.Contains("Silentio", problem);
        Assert.Contains(npi, problem);
        Assert.DoesNotContain("Consenting", problem);
        Assert.Empty((await Json.Read(await msl.GetAsync(url)))["participants"]!.AsArray());

        var invited = await Json.Read(await msl.PostJson(url + "/invitations", new { hcpIds = new[] { consenting } }));
        var row = invited["participants"]!.AsArray().Single()!;
        Assert.Equal(("Invited", "Email"), (row["status"]!.GetValue<string>(), row["invitedVia"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Consent_covers_only_its_channel_and_a_withdrawn_one_covers_nothing()
    {
        var (msl, url) = await NewEvent();
        var (phoneOnly, _) = await Hcp(app);
        await ConsentToInvitations(app, "Phone", phoneOnly);
        Assert.Equal(HttpStatusCode.BadRequest, (await msl.PostJson(url + "/invitations", new { hcpIds = new[] { phoneOnly } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await msl.PostJson(url + "/invitations", new { hcpIds = new[] { phoneOnly }, channel = "Phone" })).StatusCode);

        var (withdrawn, _) = await Hcp(app);
        var created = await msl.PostJson($"/api/v1/hcps/{withdrawn}/consents",
            new { channel = "Email", purpose = "EventInvitations", source = "web form", givenOn = DateOnly.FromDateTime(Yesterday(app)).AddDays(-9) });
        var (consent, etag) = await Created(created);
        Assert.Equal(HttpStatusCode.OK, (await Send(msl, HttpMethod.Post, $"/api/v1/consents/{consent["id"]}/withdrawal", etag, new { note = "no more mail" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await msl.PostJson(url + "/invitations", new { hcpIds = new[] { withdrawn } })).StatusCode);

        var (scientificOnly, _) = await Hcp(app);
        await Created(await msl.PostJson($"/api/v1/hcps/{scientificOnly}/consents",
            new { channel = "Email", purpose = "ScientificExchange", source = "web form", givenOn = DateOnly.FromDateTime(Yesterday(app)).AddDays(-9) }));
        Assert.Equal(HttpStatusCode.BadRequest, (await msl.PostJson(url + "/invitations", new { hcpIds = new[] { scientificOnly } })).StatusCode);
    }

    [Fact]
    public async Task A_walk_in_needs_no_consent_and_scientific_exchange_is_not_gated()
    {
        var (msl, url) = await NewEvent(inDays: 0);
        var (hcp, _) = await Hcp(app);
        var walkedIn = await msl.PostJson(url + "/walk-ins", new { hcpIds = new[] { hcp } });
        Assert.Equal(HttpStatusCode.OK, walkedIn.StatusCode);
        Assert.Equal(1, (await Json.Read(walkedIn))["outcome"]!["walkIns"]!.GetValue<int>());
        await Created(await msl.PostJson("/api/v1/interactions", Interaction(app, [hcp])));
    }
}

public sealed class InvitationConsentOnSqlite(SqliteApp app) : InvitationConsentTests(app), IClassFixture<SqliteApp>;

public sealed class InvitationConsentOnPostgres(PostgresApp app) : InvitationConsentTests(app), IClassFixture<PostgresApp>;
