using System.Net;
using System.Net.Http.Json;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// If-Match is read as RFC 9110 §13.1.1 has it, by one parser on every route: a list of entity tags goes ahead when any
/// listed tag is the record's (it was a 400), a weak tag never matches, and only a header that does not parse is a 400
/// naming If-Match.
/// </summary>
public abstract class ApiIfMatchTests(TestApp app)
{
    [Theory]
    [InlineData("\"5\", \"0\"")]
    [InlineData("\"0\",\"5\"")]
    [InlineData(", \"7\" ,, \"0\" ,")]
    [InlineData("W/\"0\", \"0\"")]
    public async Task A_list_holding_the_current_tag_changes_the_record(string ifMatch)
    {
        var (admin, url, area) = await NewArea();
        var response = await admin.SendAsync(Put(url, area, ifMatch));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Tags_on_two_header_lines_are_one_list()
    {
        var (admin, url, area) = await NewArea();
        var put = Put(url, area, null);
        put.Headers.TryAddWithoutValidation("If-Match", "\"9\"");
        put.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(put)).StatusCode);
    }

    [Theory]
    [InlineData("\"5\", \"6\"")]
    [InlineData("W/\"0\"")]
    [InlineData("\"00\"")]
    [InlineData("\"abc\"")]
    [InlineData("\"-1\"")]
    public async Task A_list_without_the_current_strong_tag_is_a_412_and_changes_nothing(string ifMatch)
    {
        var (admin, url, area) = await NewArea();
        var response = await admin.SendAsync(Put(url, area, ifMatch));
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("\"0\"", (await admin.GetAsync(url)).Headers.ETag?.Tag);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"0")]
    [InlineData("*, \"0\"")]
    [InlineData("\"0\" \"1\"")]
    [InlineData("\"0\", W/")]
    [InlineData(",")]
    [InlineData("\"a b\"")]
    public async Task A_header_that_does_not_parse_is_a_400_naming_if_match(string ifMatch)
    {
        var (admin, url, area) = await NewArea();
        var response = await admin.SendAsync(Put(url, area, ifMatch));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = (await Json.Read(response))["errors"]?["If-Match"]?[0]?.GetValue<string>();
        Assert.NotNull(reason);
        Assert.Contains("entity tags", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_route_reads_a_list_the_same_way()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var (_, url, _) = await NewArea();
        var archive = new HttpRequestMessage(HttpMethod.Post, url + "/archive");
        archive.Headers.TryAddWithoutValidation("If-Match", "\"3\", \"0\"");
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(archive)).StatusCode);

        var compliance = await app.ClientFor(Roles.Compliance);
        var cap = await compliance.PutAsJsonAsync("/api/v1/transfer-caps", new { nature = "Gift", annualLimit = 100m }, Json.Web);
        Assert.True(cap.StatusCode == HttpStatusCode.OK, await cap.Content.ReadAsStringAsync());
        var tag = cap.Headers.ETag!.Tag;
        var id = (await Json.Read(cap))["id"]!.GetValue<string>();
        var remove = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/transfer-caps/{id}");
        remove.Headers.TryAddWithoutValidation("If-Match", $"\"999\", {tag}");
        Assert.Equal(HttpStatusCode.NoContent, (await compliance.SendAsync(remove)).StatusCode);
    }

    private async Task<(HttpClient Admin, string Url, object Area)> NewArea()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var code = $"IM{Guid.NewGuid():N}"[..10].ToUpperInvariant();
        var created = await admin.PostJson("/api/v1/therapeutic-areas", new { code, name = $"If-Match area {code}", description = "x" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"0\"", created.Headers.ETag?.Tag);
        // The change each test makes: an edit that changes nothing keeps the version.
        return (admin, created.Headers.Location!.ToString(), new { code, name = $"If-Match area {code}", description = "changed" });
    }

    private static HttpRequestMessage Put(string url, object area, string? ifMatch)
    {
        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(area, options: Json.Web) };
        if (ifMatch is not null) put.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return put;
    }
}

public sealed class ApiIfMatchOnSqlite(SqliteApp app) : ApiIfMatchTests(app), IClassFixture<SqliteApp>;

public sealed class ApiIfMatchOnPostgres(PostgresApp app) : ApiIfMatchTests(app), IClassFixture<PostgresApp>;
