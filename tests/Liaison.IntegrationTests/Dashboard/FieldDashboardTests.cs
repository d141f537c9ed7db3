using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Dashboard;

/// <summary>The field roles' dashboards through HTTP: the MSL's own work, the manager's team, and the viewer behind the firewall.</summary>
public abstract class FieldDashboardTests(TestApp app)
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task An_msl_dashboard_shows_their_follow_ups_drafts_safety_work_plans_territory_and_events()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (planned, _) = await Hcp(app, $"Planned{tag}");
        var (kol, _) = await Hcp(app, $"Kolmann{tag}");
        await DashboardUsers.Kol(app, kol, $"Kolmann{tag}", 88.5, "T1");
        await Territory(app, msl.Id, [], kol);
        await Created(await msl.Api.PostJson("/api/v1/interactions", Interaction(app, [planned],
            notes: "The patient developed a severe rash after the second dose.")));
        var (logged, _) = await Created(await msl.Api.PostJson("/api/v1/interactions", Interaction(app, [kol])));
        await Created(await msl.Api.PostJson("/api/v1/safety/intakes", new
        {
            kind = "AdverseEvent", interactionId = logged["id"]!.GetValue<string>(), reporterHcpId = kol,
            description = "Dizziness reported.", awareAt = Now.AddHours(-20),
        }));
        var quarters = Enumerable.Range(1, 4).Select(q => new { objective = $"Q{q}", plannedTouchpoints = 3 }).ToArray();
        await Created(await msl.Api.PostJson("/api/v1/engagement-plans", new { hcpId = planned, year = Now.Year, objectives = "Learn.", quarters }));
        await Created(await msl.Api.PostJson("/api/v1/events", new
        {
            kind = "Roundtable", title = $"Roundtable {tag}", startsAt = Now.AddDays(10), endsAt = Now.AddDays(10).AddHours(2), channel = "InPerson",
        }));

        var page = await msl.Dashboard();

        Assert.Contains("Safety intakes to raise (1)", page);
        Assert.Contains("My intakes not yet forwarded to Safety (1)", page);
        Assert.Contains("4 h 0 min left (at risk)", page);
        Assert.Contains("My engagement plans, Q1", page);
        Assert.Contains("Send the reprint", page);
        Assert.Contains("Unsigned drafts", page);
        Assert.Contains("My recent interactions", page);
        Assert.Contains($"Alex Planned{tag}</a>: 1 of 3 touchpoints", page);
        Assert.Contains($"Alex Kolmann{tag}", page);
        Assert.Contains("88.5", page);
        Assert.Contains($"Roundtable {tag}", page);
        Assert.DoesNotContain("My team this month", page);
    }

    [Fact]
    public async Task A_manager_dashboard_shows_the_team_month_plans_and_pending_change_requests()
    {
        var manager = await DashboardUsers.SignIn(app, Roles.MslManager);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var member = await DashboardUsers.SignIn(app, Roles.Msl, $"Morgan Team{tag}");
        await ReportTo(app, manager.Id, member.Id);
        var (hcp, _) = await Hcp(app, $"Changed{tag}");
        await Created(await member.Api.PostJson("/api/v1/interactions", Interaction(app, [hcp])));
        var quarters = Enumerable.Range(1, 4).Select(q => new { objective = $"Q{q}", plannedTouchpoints = 2 }).ToArray();
        await Created(await member.Api.PostJson("/api/v1/engagement-plans", new { hcpId = hcp, year = Now.Year, objectives = "Learn.", quarters }));
        await Created(await member.Api.PostJson("/api/v1/change-requests", new
        {
            kind = "Correction", hcpId = hcp, proposedValues = new Dictionary<string, string?> { ["Credentials"] = "MD PhD" }, reason = "New degree",
        }));

        var page = await manager.Dashboard();

        Assert.Contains("My team this month", page);
        Assert.Contains("Follow-ups due", page);
        Assert.Contains($"<th scope=\"row\">Morgan Team{tag}</th><td>1</td><td>0</td><td>1</td><td>0</td>", page);
        Assert.Contains($"Engagement plans {Now.Year} across the team", page);
        Assert.Contains("Pending change requests", page);
        Assert.Contains($"Alex Changed{tag}</a>, proposed by Morgan Team{tag} on", page);
        Assert.DoesNotContain($"proposed by {member.Email}", page);
        Assert.Contains("Initiatives", page);
    }

    [Fact]
    public async Task An_open_follow_up_past_its_day_reads_overdue_on_its_interaction_as_on_the_dashboard()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var today = DateOnly.FromDateTime(Now);
        var (logged, _) = await Created(await msl.Api.PostJson("/api/v1/interactions", new
        {
            kind = "ScientificExchange", channel = "InPerson", occurredAt = Now.AddDays(-5), hcpIds = new[] { hcp },
            followUps = new[] { new { description = "Late reprint", dueOn = today.AddDays(-2) }, new { description = "Next reprint", dueOn = today } },
        }));

        var page = await msl.Pages.GetStringAsync($"/Engagement/Interactions/Details/{logged["id"]!.GetValue<string>()}");

        Assert.Matches($@"Late reprint — due {today.AddDays(-2):yyyy-MM-dd}\s*<strong>\(overdue\)</strong>", page);
        Assert.Matches($@"Next reprint — due {today:yyyy-MM-dd}\s*<form", page);
        Assert.Contains("Overdue: Late reprint", await msl.Dashboard());
    }

    [Fact]
    public async Task A_viewer_dashboard_shows_aggregates_and_no_hcp_names_notes_or_attendees()
    {
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (hcp, npi) = await Hcp(app, $"Secretname{tag}");
        var product = await Product(app);
        await Created(await msl.Api.PostJson("/api/v1/interactions", Interaction(app, [hcp], [product], notes: $"Confidential note {tag}")));
        var viewer = await DashboardUsers.SignIn(app, Roles.Viewer);

        var page = await viewer.Dashboard();

        Assert.Contains("Field engagement, last 12 months", page);
        Assert.Contains("Interactions by month", page);
        Assert.Contains("Interactions by kind", page);
        Assert.Contains(await DashboardUsers.ProductName(app, product), page);
        Assert.DoesNotContain($"Secretname{tag}", page);
        Assert.DoesNotContain(npi, page);
        Assert.DoesNotContain($"Confidential note {tag}", page);
        Assert.DoesNotContain("Send the reprint", page);
        Assert.DoesNotContain(msl.Name, page);
        Assert.DoesNotContain(msl.Email, page);
        Assert.DoesNotContain("My recent interactions", page);
        Assert.DoesNotContain("/Engagement/Interactions/Details", page);
    }
}

public sealed class FieldDashboardOnSqlite(SqliteApp app) : FieldDashboardTests(app), IClassFixture<SqliteApp>;

public sealed class FieldDashboardOnPostgres(PostgresApp app) : FieldDashboardTests(app), IClassFixture<PostgresApp>;
