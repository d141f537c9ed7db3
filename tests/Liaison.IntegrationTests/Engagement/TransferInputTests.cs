using System.Net;
using System.Text.RegularExpressions;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// Caps change and go only with the version they were read at (a stale or missing one overwrote silently), and an
/// amount is recorded as given: more than cents is refused, not rounded.
/// </summary>
public abstract partial class TransferInputTests(TestApp app)
{
    [Fact]
    public async Task A_cap_is_created_without_if_match_but_changed_and_removed_only_with_its_current_etag()
    {
        var compliance = await app.ClientFor(Roles.Compliance);
        var cap = new { nature = "TravelAndLodging", annualLimit = 7000m, warnAtPercent = 80 };
        var created = await Send(compliance, HttpMethod.Put, "/api/v1/transfer-caps", null, cap);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var etag = created.Headers.ETag!.Tag;

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Send(compliance, HttpMethod.Put, "/api/v1/transfer-caps", null, cap)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(compliance, HttpMethod.Put, "/api/v1/transfer-caps", "\"99\"", cap)).StatusCode);
        var changed = await Send(compliance, HttpMethod.Put, "/api/v1/transfer-caps", etag, cap with { annualLimit = 6000m });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(6000m, (await Json.Read(changed))["annualLimit"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(compliance, HttpMethod.Put, "/api/v1/transfer-caps", etag, cap)).StatusCode);

        var url = $"/api/v1/transfer-caps/{(await Json.Read(changed))["id"]}";
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await Send(compliance, HttpMethod.Delete, url, null)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(compliance, HttpMethod.Delete, url, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(compliance, HttpMethod.Delete, url, changed.Headers.ETag!.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(compliance, HttpMethod.Put, "/api/v1/transfer-caps", etag, cap)).StatusCode);
    }

    [Fact]
    public async Task The_caps_page_refuses_to_overwrite_a_cap_changed_since_it_was_read()
    {
        var officer = await DashboardUsers.SignIn(app, Roles.Compliance);
        const string url = "/Engagement/Transfers/Caps";
        async Task<HttpResponseMessage> SetGift(string page, string limit)
        {
            var fields = Listed().Matches(page).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            fields["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(page).Groups[1].Value;
            fields["Input.Nature"] = "Gift";
            fields["Input.AnnualLimit"] = limit;
            fields["Input.WarnAtPercent"] = "80";
            return await officer.Pages.PostAsync(url, new FormUrlEncodedContent(fields));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SetGift(await officer.Pages.GetStringAsync(url), "300")).StatusCode);
        var read = await officer.Pages.GetStringAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await SetGift(read, "250")).StatusCode);
        var stale = await SetGift(read, "200");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("The caps were changed by someone else since this page was read", html);
        Assert.Contains("<td>250.00</td>", html);
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("9999999.999")]
    public async Task An_amount_with_more_than_cents_is_a_400_not_rounded(string amount)
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var body = $"{{\"hcpId\":\"{hcp}\",\"amount\":{amount},\"paidOn\":\"{DateOnly.FromDateTime(Yesterday(app)):yyyy-MM-dd}\",\"nature\":\"Education\"}}";
        var response = await msl.PostAsync("/api/v1/transfers-of-value", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]!["amount"]);

        var (cents, _) = await Created(await msl.PostJson("/api/v1/transfers-of-value", new
        {
            hcpId = hcp, amount = 12.34m, paidOn = DateOnly.FromDateTime(Yesterday(app)), nature = "Education",
        }));
        Assert.Equal(12.34m, cents["transfer"]!["amount"]!.GetValue<decimal>());
    }

    [GeneratedRegex("name=\"(version-\\w+)\" value=\"([0-9]+)\"")]
    private static partial Regex Listed();
}

public sealed class TransferInputOnSqlite(SqliteApp app) : TransferInputTests(app), IClassFixture<SqliteApp>;

public sealed class TransferInputOnPostgres(PostgresApp app) : TransferInputTests(app), IClassFixture<PostgresApp>;
