using System.Net;
using Liaison.Core.Dashboards;
using Liaison.Core.Data;
using Liaison.Core.Engagement.Content;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Dashboard;

/// <summary>The office roles' dashboards through HTTP: medical information, safety, compliance and admin.</summary>
public abstract class OfficeDashboardTests(TestApp app)
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_medical_information_dashboard_shows_open_unsolicited_requests_by_age()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var product = await Product(app);
        await Created(await msl.Api.PostJson("/api/v1/unsolicited-requests",
            new { requesterHcpId = hcp, question = "Any data in renal impairment?", productId = product, unsolicitedAttested = true }));
        var medicalInformation = await DashboardUsers.SignIn(app, Roles.MedicalInformation);

        var page = await medicalInformation.Dashboard();

        Assert.Contains("Open unsolicited requests", page);
        Assert.Contains("<th scope=\"row\">Under 2 days</th>", page);
        Assert.Contains(await DashboardUsers.ProductName(app, product), page);
        Assert.Contains($"<td>{msl.Name}</td>", page);
        Assert.DoesNotContain(msl.Email, page);
    }

    [Fact]
    public async Task A_safety_dashboard_lists_open_intakes_overdue_first_with_the_time_left()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var (hcp, _) = await Hcp(app);
        foreach (var hours in new[] { -2, -30 })
            await Created(await msl.Api.PostJson("/api/v1/safety/intakes", new
            {
                kind = "AdverseEvent", reporterHcpId = hcp, description = "Headache after infusion.", awareAt = Now.AddHours(hours),
            }));
        var safety = await DashboardUsers.SignIn(app, Roles.Safety);

        var page = await safety.Dashboard();

        Assert.Contains("Adverse-event intakes and the 24-hour clock", page);
        Assert.Contains("<td>Overdue</td><td>Adverse event</td>", page);
        var overdue = page.IndexOf("Overdue by 6 h 0 min", StringComparison.Ordinal);
        var open = page.IndexOf("22 h 0 min left", StringComparison.Ordinal);
        Assert.True(overdue > 0 && open > overdue, "the overdue intake comes first, then the one with time left");
        Assert.Contains(msl.Email, page);
    }

    [Fact]
    public async Task A_compliance_dashboard_shows_the_audit_chain_hcps_near_caps_and_off_label_use()
    {
        var compliance = await DashboardUsers.SignIn(app, Roles.Compliance);
        Assert.Equal(HttpStatusCode.OK, (await Send(compliance.Api, HttpMethod.Put, "/api/v1/transfer-caps", null,
            new { nature = "FoodAndBeverage", annualLimit = 100m, warnAtPercent = 80 })).StatusCode);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (capped, _) = await Hcp(app, $"Capped{tag}");
        await Created(await msl.Api.PostJson("/api/v1/transfers-of-value", new
        {
            hcpId = capped, amount = 90m, paidOn = DateOnly.FromDateTime(Yesterday(app)), nature = "FoodAndBeverage",
            form = "InKindItemsAndServices", context = "Dinner",
        }));
        var product = await Product(app);
        var deck = await Material(app, product, ApprovalStatus.Approved, offLabel: true, title: $"Offlabel deck {tag}");
        var (request, _) = await Created(await msl.Api.PostJson("/api/v1/unsolicited-requests",
            new { requesterHcpId = capped, question = "Any data in children?", productId = product, unsolicitedAttested = true,
                receivedAt = Yesterday(app).AddDays(-1) }));
        await Created(await msl.Api.PostJson("/api/v1/interactions", Interaction(app, [capped], [product], [deck],
            requestId: Guid.Parse(request["id"]!.GetValue<string>()))));

        var page = await compliance.Dashboard();

        Assert.Contains("Audit chain", page);
        Assert.Contains("Latest changes", page);
        Assert.Contains($"Alex Capped{tag}", page);
        Assert.Contains("Near the cap", page);
        Assert.Contains($"<td>Offlabel deck {tag}</td><td>{msl.Name}</td><td>Yes</td>", page);
    }

    [Fact]
    public async Task An_admin_dashboard_shows_users_tokens_imports_and_change_requests_to_decide()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (hcp, _) = await Hcp(app, $"Fixme{tag}");
        await Created(await msl.Api.PostJson("/api/v1/change-requests", new
        {
            kind = "Correction", hcpId = hcp, proposedValues = new Dictionary<string, string?> { ["Credentials"] = "DO" }, reason = "Typo",
        }));
        var admin = await DashboardUsers.SignIn(app, Roles.Admin);

        var page = await admin.Dashboard();

        Assert.Contains("Active API tokens", page);
        Assert.Contains("Data-change requests to decide", page);
        Assert.Contains($"Alex Fixme{tag}", page);
        Assert.Contains("Recent imports", page);
        Assert.Contains("Latest changes", page);
        Assert.DoesNotContain("My intakes not yet forwarded", page);
    }

    [Fact]
    public async Task The_audit_chain_status_counts_sealed_and_unsealed_entries_and_compares_the_head_with_the_last_sealed()
    {
        await DashboardUsers.SignIn(app, Roles.Compliance);
        var (status, sealedCount, unsealed, last, head) = await app.InScope(async sp =>
        {
            var db = sp.GetRequiredService<LiaisonDbContext>();
            // One snapshot for both readings: the sealer keeps sealing in the background.
            await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
            var status = await sp.GetRequiredService<AuditChainStatus.Handler>().Handle(default);
            return (status, await db.AuditEntries.LongCountAsync(e => e.Sequence != null), await db.AuditEntries.LongCountAsync(e => e.Sequence == null),
                await db.AuditEntries.MaxAsync(e => e.Sequence) ?? 0, await db.AuditHead.SingleOrDefaultAsync());
        });
        Assert.True(status.Sealed + status.Unsealed > 0);
        // Before the sealer's first pass there is no head yet: nothing sealed, head at 0.
        Assert.Equal((sealedCount, unsealed, last, head?.Sequence ?? 0, head?.Hash),
            (status.Sealed, status.Unsealed, status.LastSequence, status.HeadSequence, status.HeadHash));
    }
}

public sealed class OfficeDashboardOnSqlite(SqliteApp app) : OfficeDashboardTests(app), IClassFixture<SqliteApp>;

public sealed class OfficeDashboardOnPostgres(PostgresApp app) : OfficeDashboardTests(app), IClassFixture<PostgresApp>;
