using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Dashboard;
using Liaison.IntegrationTests.Infrastructure;
using static Liaison.IntegrationTests.Engagement.EngagementData;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>
/// Every dated record lies from 2000 to a horizon of its kind (year 1 and 9999 dates were stored, sorted first and
/// reported), refused with a 400 naming the field, on the API and on the pages that write the same record.
/// </summary>
public abstract class PlausibleDateTests(TestApp app)
{
    [Theory]
    [InlineData("transfer", "0001-01-01", "paidOn")]
    [InlineData("intake", "0001-01-01T00:00:00Z", "awareAt")]
    [InlineData("request", "0001-01-01T00:00:00Z", "receivedAt")]
    [InlineData("request", "1999-12-31T23:59:59Z", "receivedAt")]
    [InlineData("consent", "0001-01-01", "givenOn")]
    [InlineData("presentation", "0001-01-01", "presentedOn")]
    [InlineData("follow-up", "0001-01-01", "followUps[0].dueOn")]
    [InlineData("follow-up", "9999-12-31", "followUps[0].dueOn")]
    public async Task A_date_outside_its_records_window_is_a_400_naming_the_field(string record, string date, string field)
    {
        var response = await PostDated(record, date);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.Read(response);
        Assert.NotNull(problem["errors"]![field]);
        Assert.Contains("is not a date for", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("transfer", "paidOn", "Record a transfer of value once it has been made.")]
    [InlineData("consent", "givenOn", "Consent cannot be given in the future.")]
    [InlineData("presentation", "presentedOn", "A presentation is recorded once it was given: the date is in the future.")]
    public async Task A_day_that_has_begun_nowhere_yet_is_refused_in_the_records_own_words(string record, string field, string message)
    {
        // The test clock reads 09:00 UTC: the day after has not begun even at UTC+14, and a transfer could be dated it.
        var response = await PostDated(record, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.Read(response);
        Assert.Equal(message, problem["errors"]![field]![0]!.GetValue<string>());
    }

    /// <summary>An MSL records a <paramref name="record"/> dated <paramref name="date"/> through the API.</summary>
    private async Task<HttpResponseMessage> PostDated(string record, string date)
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        (string Url, object Body) target = record switch
        {
            "transfer" => ("/api/v1/transfers-of-value", new { hcpId = hcp, amount = 5m, paidOn = date, nature = "FoodAndBeverage" }),
            "intake" => ("/api/v1/safety/intakes", new { kind = "AdverseEvent", description = "Patient had a rash", awareAt = date }),
            "request" => ("/api/v1/unsolicited-requests", new
            {
                requesterHcpId = hcp, question = "Any data in renal impairment?", productId = await Product(app), unsolicitedAttested = true,
                receivedAt = date,
            }),
            "consent" => ($"/api/v1/hcps/{hcp}/consents", new { channel = "Email", purpose = "EventInvitations", source = "signed form", givenOn = date }),
            "presentation" => ($"/api/v1/hcps/{hcp}/congress-presentations", new { congress = "ESMO", presentedOn = date, role = "Poster", title = "A poster" }),
            _ => ("/api/v1/interactions", new
            {
                kind = "ScientificExchange", channel = "InPerson", occurredAt = Yesterday(app), hcpIds = new[] { hcp },
                followUps = new[] { new { description = "Send the reprint", dueOn = date } },
            }),
        };
        return await msl.PostJson(target.Url, target.Body);
    }

    [Fact]
    public async Task A_material_expiring_in_9999_is_a_400_naming_its_expiry()
    {
        var file = new ByteArrayContent(RandomNumberGenerator.GetBytes(64));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var upload = new MultipartFormDataContent
        {
            { new StringContent("Safety update deck"), "Title" }, { new StringContent($"MED-{Guid.NewGuid():N}"[..14]), "DocumentCode" },
            { new StringContent("1.0"), "VersionLabel" }, { new StringContent((await Product(app)).ToString()), "ProductId" },
            { new StringContent("Approved"), "Status" }, { new StringContent("9999-12-31"), "ExpiresOn" },
            { new StringContent("HealthcareProfessionals"), "Audience" }, { file, "file", "deck.pdf" },
        };
        var response = await (await app.ClientFor(Roles.MedicalInformation)).PostAsync("/api/v1/content", upload);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["errors"]!["expiresOn"]);
    }

    [Fact]
    public async Task A_consent_is_withdrawn_today_or_earlier_never_ahead()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var (hcp, _) = await Hcp(app);
        var (consent, etag) = await Created(await msl.PostJson($"/api/v1/hcps/{hcp}/consents", new
        {
            channel = "Email", purpose = "EventInvitations", source = "signed form", givenOn = DateOnly.FromDateTime(Yesterday(app)),
        }));
        var url = $"/api/v1/consents/{consent["id"]}/withdrawal";
        var ahead = await Send(msl, HttpMethod.Post, url, etag, new { withdrawnOn = "2099-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, ahead.StatusCode);
        Assert.NotNull((await Json.Read(ahead))["errors"]!["withdrawnOn"]);
        var today = await Send(msl, HttpMethod.Post, url, etag, new { withdrawnOn = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime) });
        Assert.Equal(HttpStatusCode.OK, today.StatusCode);
        Assert.False((await Json.Read(today))["inForce"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_transfer_page_shows_the_same_refusal_for_a_year_1_payment()
    {
        var (_, npi) = await Hcp(app);
        var msl = await DashboardUsers.SignIn(app, Roles.Msl);
        const string url = "/Engagement/Transfers/New";
        var form = await msl.Pages.GetStringAsync(url);
        var response = await msl.Pages.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardUsers.AntiforgeryField().Match(form).Groups[1].Value,
            ["Npi"] = npi, ["Input.Amount"] = "42.50", ["Input.PaidOn"] = "0001-01-01", ["Input.Nature"] = "FoodAndBeverage",
            ["Input.Form"] = "CashOrCashEquivalent", ["Input.NumberOfPayments"] = "1",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("0001-01-01 is not a date for a transfer of value: from 2000 to today.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}

public sealed class PlausibleDateOnSqlite(SqliteApp app) : PlausibleDateTests(app), IClassFixture<SqliteApp>;

public sealed class PlausibleDateOnPostgres(PostgresApp app) : PlausibleDateTests(app), IClassFixture<PostgresApp>;
