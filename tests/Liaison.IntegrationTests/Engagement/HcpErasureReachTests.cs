using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>A data-subject export and an erasure reach engagement, medical information and safety.</summary>
public abstract class HcpErasureReachTests(TestApp app)
{
    [Fact]
    public async Task The_export_holds_everything_engagement_requests_and_safety_hold_about_the_person()
    {
        var (hcp, _) = await EngagementData.Hcp(app, "Footprint");
        var (other, _) = await EngagementData.Hcp(app);
        var (_, mslId, _) = await app.UserClient(Roles.Msl);
        var fp = await HcpFootprint.WriteAsync(app, hcp, mslId, await EngagementData.Product(app), [other]);

        var response = await (await app.ClientFor(Roles.Admin)).GetAsync($"/api/v1/hcps/{hcp}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = (await Json.Read(response)).AsObject();
        var text = export.ToJsonString();
        Assert.Equal(3, export["interactions"]!.AsArray().Count);
        Assert.Contains(HcpFootprint.SoloNotes, text);
        Assert.Contains("Send Dr Footprint the reprint", text);
        Assert.Contains("Dr Footprint: loved it", export["events"]!["participation"]!.ToJsonString());
        Assert.Single(export["events"]!["speaking"]!.AsArray());
        Assert.Contains("unmet needs", export["engagementPlans"]!.ToJsonString());
        Assert.Equal(42.5m, export["transfersOfValue"]![0]!["amount"]!.GetValue<decimal>());
        Assert.Equal("Other Pharma Inc.", export["openPayments"]![0]!["payerName"]!.GetValue<string>());
        Assert.Contains("renal impairment", export["unsolicitedRequests"]!.ToJsonString());
        Assert.Contains("Rash after the second dose", export["adverseEventIntakes"]!.ToJsonString());
        var trail = export["auditTrail"]!.AsArray();
        foreach (var (entity, key) in new[] { ("Interaction", fp.SoloInteraction), ("TransferOfValue", fp.Transfer), ("AdverseEventIntake", fp.Intake),
                     ("UnsolicitedRequest", fp.Request), ("EngagementPlan", fp.Plan) })
            Assert.Contains(trail, e => e!["entity"]!.GetValue<string>() == entity);
    }

    [Fact]
    public async Task Erasure_keeps_regulatory_records_intact_and_linked_and_removes_what_is_about_the_person()
    {
        var (hcp, _) = await EngagementData.Hcp(app, "Footprint");
        var (other, _) = await EngagementData.Hcp(app);
        var (_, mslId, _) = await app.UserClient(Roles.Msl);
        var fp = await HcpFootprint.WriteAsync(app, hcp, mslId, await EngagementData.Product(app), [other]);

        var erased = await (await app.ClientFor(Roles.Admin)).PostAsJsonAsync($"/api/v1/hcps/{hcp}/erasure", new { reason = "Data subject request #12" });
        Assert.True(erased.StatusCode == HttpStatusCode.OK, await erased.Content.ReadAsStringAsync());
        var outcome = await Json.Read(erased);
        var removed = outcome["removed"]!;
        Assert.Equal(1, removed["interactions"]!.GetValue<int>());
        Assert.Equal(1, removed["engagementPlans"]!.GetValue<int>());
        Assert.Equal(0, removed["transfersOfValue"]!.GetValue<int>());

        await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            // Kept intact and linked: transfers of value, safety intakes, unsolicited requests, and the interactions they rest on.
            var transfer = await db.TransfersOfValue.SingleAsync(t => t.Id == fp.Transfer);
            Assert.Equal((hcp, 42.50m), (transfer.HcpId, transfer.Amount));
            var intake = await db.AdverseEventIntakes.SingleAsync(i => i.Id == fp.Intake);
            Assert.Equal((hcp, "Rash after the second dose."), (intake.ReporterHcpId, intake.Description));
            Assert.Equal(hcp, (await db.UnsolicitedRequests.SingleAsync(r => r.Id == fp.Request)).RequesterHcpId);
            Assert.Contains("rash", (await db.Interactions.SingleAsync(i => i.Id == fp.SafetyInteraction)).Notes);
            // A group interaction is about the group: its notes stay; the person's attendance points at the pseudonym.
            Assert.StartsWith("Tumour board", (await db.Interactions.SingleAsync(i => i.Id == fp.GroupInteraction)).Notes);
            Assert.True(await db.InteractionAttendees.AnyAsync(a => a.InteractionId == fp.GroupInteraction && a.HcpId == hcp));
            // Removed: free text about the person alone, plans, their feedback comments, other companies' payments.
            var solo = await db.Interactions.SingleAsync(i => i.Id == fp.SoloInteraction);
            Assert.StartsWith("[Removed on", solo.Notes);
            Assert.DoesNotContain(await db.FollowUps.Where(f => f.InteractionId == fp.SoloInteraction).Select(f => f.Description).ToListAsync(),
                d => d.Contains("Footprint", StringComparison.Ordinal));
            Assert.False(await db.EngagementPlans.AnyAsync(p => p.Id == fp.Plan));
            Assert.Null((await db.EventFeedback.SingleAsync(f => f.ParticipantId == fp.Participant)).Comments);
            Assert.True(await db.EventParticipants.AnyAsync(p => p.Id == fp.Participant && p.HcpId == hcp));
            Assert.False(await db.ExternalPayments.AnyAsync(p => p.Id == fp.ExternalPayment));
            return 0;
        });
        // The kept records name the person by the pseudonym, not by the blanked name fields.
        var pseudonym = outcome["pseudonym"]!.GetValue<string>();
        var compliance = await app.ClientFor(Roles.Compliance);
        var kept = await Json.Read(await compliance.GetAsync($"/api/v1/transfers-of-value/{fp.Transfer}"));
        Assert.Equal(pseudonym, kept["hcpName"]!.GetValue<string>());
        var year = DateOnly.Parse(kept["paidOn"]!.GetValue<string>(), CultureInfo.InvariantCulture).Year;
        var totals = (await Json.Read(await compliance.GetAsync($"/api/v1/transfers-of-value/totals?year={year}"))).AsArray();
        Assert.Contains(totals, t => t!["hcpName"]?.GetValue<string>() == pseudonym);

        // Nothing new names the person: no interaction, unsolicited request or plan; a payment made before the erasure is still
        // recorded, as transparency law requires.
        var msl = await app.ClientFor(Roles.Msl);
        var product = await EngagementData.Product(app);
        foreach (var (url, body) in new (string, object)[]
                 {
                     ("/api/v1/interactions", EngagementData.Interaction(app, [hcp])),
                     ("/api/v1/unsolicited-requests", new { requesterHcpId = hcp, question = "Any data in children?", productId = product, unsolicitedAttested = true }),
                 })
        {
            var refused = await msl.PostJson(url, body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("erased at the person's request", (await Json.Read(refused))["detail"]!.GetValue<string>());
        }
        var payment = await msl.PostJson("/api/v1/transfers-of-value", new
        {
            hcpId = hcp, amount = 20m, paidOn = DateOnly.FromDateTime(EngagementData.Yesterday(app)), nature = "FoodAndBeverage",
            form = "InKindItemsAndServices", context = "Lunch before the request",
        });
        Assert.Equal(HttpStatusCode.Created, payment.StatusCode);
    }
}

public sealed class HcpErasureReachOnSqlite(SqliteApp app) : HcpErasureReachTests(app), IClassFixture<SqliteApp>;

public sealed class HcpErasureReachOnPostgres(PostgresApp app) : HcpErasureReachTests(app), IClassFixture<PostgresApp>;
