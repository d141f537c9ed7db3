using System.Net;
using System.Text;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Engagement;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// A NUL character (<c>\u0000</c>, <c>%00</c>) in any string of a JSON body, a form field or a query parameter is a 400
/// naming its place, as the importers refuse it: it was stored on SQLite and a 500 on PostgreSQL, whose text cannot hold it.
/// </summary>
public abstract class ApiNulCharacterTests(TestApp app)
{
    [Theory]
    [InlineData(Roles.Admin, "/api/v1/products", "{\"code\":\"NUL-1\",\"name\":\"QA\\u0000product\",\"genericName\":\"qa\"}", "$.name")]
    [InlineData(Roles.Admin, "/api/v1/therapeutic-areas", "{\"code\":\"NUL-2\",\"name\":\"Area\\u0000\"}", "$.name")]
    [InlineData(Roles.Viewer, "/api/v1/initiatives/01a21ac0-cb2b-7a8c-9a95-be4c174e05ba/analysis", "{\"design\":\"did\\u0000\"}", "$.design")]
    public async Task A_nul_in_a_field_is_a_400_naming_it(string role, string url, string body, string field)
    {
        var response = await (await app.ClientFor(role)).PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        await AssertRefused(response, field);
    }

    [Theory]
    [InlineData("\"notes\":\"a\\u0000b\"", "$.notes")]
    [InlineData("\"topics\":[\"fine\",\"x\\u0000y\"]", "$.topics[1]")]
    [InlineData("\"followUps\":[{\"description\":\"Call\\u0000 back\",\"dueOn\":\"2026-03-09\"}]", "$.followUps[0].description")]
    public async Task A_nul_in_an_interaction_is_a_400_and_nothing_is_stored(string part, string field)
    {
        var (hcp, _) = await EngagementData.Hcp(app);
        var body = $"{{\"kind\":\"ScientificExchange\",\"channel\":\"InPerson\",\"occurredAt\":\"2026-02-27T10:00:00Z\",\"hcpIds\":[\"{hcp}\"],{part}}}";
        var response = await (await app.ClientFor(Roles.Msl)).PostAsync("/api/v1/interactions", new StringContent(body, Encoding.UTF8, "application/json"));
        await AssertRefused(response, field);
        Assert.False(await app.Db(db => db.Interactions.AnyAsync(i => i.Attendees.Any(a => a.HcpId == hcp))));
    }

    [Theory]
    [InlineData("Title", "title", "Safety\0 deck", "deck.pdf")]
    [InlineData("VersionLabel", "versionLabel", "1.0\0", "deck.pdf")]
    [InlineData("Title", "file", "Safety deck", "deck%00.pdf")]
    public async Task A_nul_in_an_uploads_form_is_a_400_naming_the_field_and_nothing_is_stored(string part, string field, string value,
        string fileName)
    {
        var code = $"NUL-{Guid.NewGuid():N}"[..14];
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Safety deck", ["DocumentCode"] = code, ["VersionLabel"] = "1.0", ["Status"] = "Approved",
            ["ProductId"] = (await EngagementData.Product(app)).ToString(), ["Audience"] = "HealthcareProfessionals",
        };
        fields[part] = value;
        var upload = new MultipartFormDataContent();
        foreach (var (name, text) in fields) upload.Add(new StringContent(text), name);
        upload.Add(File("%PDF-1.4 deck"u8.ToArray(), fileName));
        var response = await (await app.ClientFor(Roles.MedicalInformation)).PostAsync("/api/v1/content", upload);
        await AssertRefused(response, field);
        Assert.False(await app.Db(db => db.ContentItems.AnyAsync(c => c.DocumentCode == code)));
    }

    [Fact]
    public async Task A_nul_in_an_import_files_name_is_a_400()
    {
        var upload = new MultipartFormDataContent { File("Change_Type\n"u8.ToArray(), "OP%00.csv") };
        var response = await (await app.ClientFor(Roles.Compliance)).PostAsync("/api/v1/open-payments/imports", upload);
        await AssertRefused(response, "file");
    }

    [Theory]
    [InlineData(Roles.Msl, "/api/v1/hcps?q=smith%00", "q")]
    [InlineData(Roles.Viewer, "/api/v1/hcps?city=%00Boston", "city")]
    [InlineData(Roles.Msl, "/api/v1/content?search=deck%00", "search")]
    [InlineData(Roles.Msl, "/api/v1/territories?owner=%00", "owner")]
    [InlineData(Roles.Msl, "/api/v1/kol/prescribing?npi=1234567893&drug=a%00b", "drug")]
    [InlineData(Roles.Admin, "/api/v1/products?page=1&x%00y=1", "x\\u0000y")]
    public async Task A_nul_in_a_query_parameter_is_a_400_naming_it(string role, string url, string parameter)
    {
        var response = await (await app.ClientFor(role)).GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var reason = (await Json.Read(response))["errors"]?[parameter]?[0]?.GetValue<string>();
        Assert.True(reason is not null, text);
        Assert.Contains("NUL", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_in_a_change_requests_decision_note_is_refused_and_the_request_stays_pending()
    {
        var response = await (await app.ClientFor(Roles.Admin)).SendAsync(new HttpRequestMessage(HttpMethod.Post,
            $"/api/v1/change-requests/{Guid.NewGuid()}/approve?note=ok%00") { Headers = { { "If-Match", "\"0\"" } } });
        await AssertRefused(response, "note");
    }

    // HttpClient refuses a control character in a file name; RFC 5987's filename* carries it percent-encoded.
    private static ByteArrayContent File(byte[] bytes, string encodedName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename*=utf-8''{encodedName}");
        return file;
    }

    private static async Task AssertRefused(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var reason = (await Json.Read(response))["errors"]?[field]?[0]?.GetValue<string>();
        Assert.True(reason is not null, text);
        Assert.Contains("NUL", reason, StringComparison.Ordinal);
    }
}

public sealed class ApiNulCharacterOnSqlite(SqliteApp app) : ApiNulCharacterTests(app), IClassFixture<SqliteApp>;

public sealed class ApiNulCharacterOnPostgres(PostgresApp app) : ApiNulCharacterTests(app), IClassFixture<PostgresApp>;
