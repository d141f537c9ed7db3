using System.Net;
using System.Text;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// What the server refuses for its size limits is a problem like any other under /api, on a real Kestrel socket:
/// Kestrel answered an address over 8 KiB (414) and headers over 32 KiB (431) itself with an empty body, and a body over
/// its limit (413) had a title but no detail.
/// </summary>
public abstract class ApiServerLimitTests(KestrelApp app)
{
    [Fact]
    public async Task An_address_over_8_KiB_is_a_414_problem_saying_how_long_it_may_be()
    {
        var msl = await app.ClientFor(Roles.Msl);
        var response = await msl.GetAsync($"/api/v1/kol/prescribing?npi=9800000090&drug={new string('a', 10_000)}");
        var problem = await Problem(response, HttpStatusCode.RequestUriTooLong);
        Assert.Contains("8,192", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_over_32_KiB_are_a_431_problem()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/products");
        request.Headers.Add("X-Padding", new string('p', 40_000));
        var response = await (await app.ClientFor(Roles.Admin)).SendAsync(request);
        var problem = await Problem(response, HttpStatusCode.RequestHeaderFieldsTooLarge);
        Assert.Contains("32,768", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_servers_limit_is_a_413_problem_saying_the_limit()
    {
        var body = $"{{\"text\":\"{new string('a', (int)KestrelApp.BodyLimit + 10)}\"}}";
        var response = await (await app.ClientFor(Roles.Msl)).PostAsync("/api/v1/safety/detections",
            new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains(KestrelApp.BodyLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_take_files_past_the_servers_body_limit_up_to_their_own()
    {
        var twice = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("x,y\n", (int)(KestrelApp.BodyLimit / 2))));
        var code = $"BIG-{Guid.NewGuid():N}"[..14];
        var upload = new MultipartFormDataContent();
        foreach (var (name, text) in new Dictionary<string, string>
                 {
                     ["Title"] = "Large deck", ["DocumentCode"] = code, ["VersionLabel"] = "1.0", ["Status"] = "Approved",
                     ["ProductId"] = (await Engagement.EngagementData.Product(app)).ToString(), ["Audience"] = "HealthcareProfessionals",
                 })
            upload.Add(new StringContent(text), name);
        var file = new ByteArrayContent(twice);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        upload.Add(file, "file", "deck.pdf");
        var content = await (await app.ClientFor(Roles.MedicalInformation)).PostAsync("/api/v1/content", upload);
        Assert.True(content.StatusCode == HttpStatusCode.Created, await content.Content.ReadAsStringAsync());

        var import = new MultipartFormDataContent { { new ByteArrayContent(twice), "file", "OP_DTL_GNRL_PGYR2024.csv" } };
        var imported = await (await app.ClientFor(Roles.Compliance)).PostAsync("/api/v1/open-payments/imports", import);
        // Read whole and refused for what it holds (no Open Payments header), not for its size.
        Assert.True(imported.StatusCode == HttpStatusCode.BadRequest, await imported.Content.ReadAsStringAsync());
        Assert.Contains("Open Payments", await imported.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_address_over_8_KiB_is_the_status_page_not_an_empty_answer()
    {
        var response = await app.Client().GetAsync($"/Account/Login?returnUrl={new string('a', 10_000)}");
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Contains("414", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.Read(response);
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()), text);
        var detail = problem["detail"]?.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(detail), text);
        return detail!;
    }
}

public sealed class ApiServerLimitOnSqlite(SqliteKestrelApp app) : ApiServerLimitTests(app), IClassFixture<SqliteKestrelApp>;

public sealed class ApiServerLimitOnPostgres(PostgresKestrelApp app) : ApiServerLimitTests(app), IClassFixture<PostgresKestrelApp>;
