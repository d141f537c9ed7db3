using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Products;

public abstract class ProductsApiTests(TestApp app)
{
    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}".ToUpperInvariant();

    private async Task<(HttpClient Admin, Guid AreaId)> AdminWithArea()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var area = await admin.PostJson("/api/v1/therapeutic-areas", new { code = Unique("TA"), name = Unique("Area"), description = "x" });
        Assert.Equal(HttpStatusCode.Created, area.StatusCode);
        return (admin, Guid.Parse((await Json.Read(area))["id"]!.GetValue<string>()));
    }

    private static object NewProduct(Guid areaId) => new
    {
        code = Unique("P"), name = Unique("Brand"), genericName = "testumab", therapeuticAreaId = areaId,
        approvedIndications = "Adults with test disease.",
    };

    [Fact]
    public async Task Request_without_token_is_401_problem_details()
    {
        var response = await app.Client().GetAsync("/api/v1/products");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(401, (await Json.Read(response))["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unknown_or_revoked_token_is_401()
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "lia_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/products")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Msl)]
    [InlineData(Roles.MslManager)]
    [InlineData(Roles.MedicalInformation)]
    [InlineData(Roles.Safety)]
    [InlineData(Roles.Compliance)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Admin)]
    public async Task Every_role_reads_products(string role)
    {
        var client = await app.ClientFor(role);
        var response = await client.GetAsync("/api/v1/products");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await Json.Read(response))["items"]);
    }

    [Theory]
    [InlineData(Roles.Msl)]
    [InlineData(Roles.MslManager)]
    [InlineData(Roles.MedicalInformation)]
    [InlineData(Roles.Safety)]
    [InlineData(Roles.Compliance)]
    [InlineData(Roles.Viewer)]
    public async Task Only_admin_writes_products(string role)
    {
        var (_, areaId) = await AdminWithArea();
        var client = await app.ClientFor(role);
        var response = await client.PostJson("/api/v1/products", NewProduct(areaId));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task User_without_a_role_is_403()
    {
        var (client, _, _) = await app.UserClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/products")).StatusCode);
    }

    [Fact]
    public async Task Invalid_product_is_400_naming_each_field()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var response = await admin.PostJson("/api/v1/products", new { code = "!", name = "", genericName = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Json.Read(response))["errors"]!.AsObject();
        // Named as the JSON names them (camelCase), by attribute validation as by the handlers.
        var fields = errors.Select(e => e.Key).ToList();
        Assert.Contains("code", fields);
        Assert.Contains("name", fields);
        Assert.Contains("genericName", fields);
        Assert.Contains("therapeuticAreaId", fields);
    }

    [Fact]
    public async Task Malformed_json_is_400_problem_details()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var response = await admin.PostAsync("/api/v1/products", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Duplicate_code_is_400_on_the_code_field()
    {
        var (admin, areaId) = await AdminWithArea();
        var product = NewProduct(areaId);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJson("/api/v1/products", product)).StatusCode);
        var again = await admin.PostJson("/api/v1/products", product);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.NotNull((await Json.Read(again))["errors"]!["code"]);
    }

    [Fact]
    public async Task Created_product_has_location_and_etag()
    {
        var (admin, areaId) = await AdminWithArea();
        var created = await admin.PostJson("/api/v1/products", NewProduct(areaId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull(created.Headers.Location);
        var get = await admin.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(created.Headers.ETag, get.Headers.ETag);
    }

    [Fact]
    public async Task Stale_etag_is_rejected_with_412_and_nothing_is_overwritten()
    {
        var (admin, areaId) = await AdminWithArea();
        var created = await admin.PostJson("/api/v1/products", NewProduct(areaId));
        var url = created.Headers.Location!.ToString();
        var etag = created.Headers.ETag!.Tag;
        var body = (await Json.Read(created)).AsObject();

        body["name"] = Unique("First");
        var first = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        first.Headers.IfMatch.ParseAdd(etag);
        var ok = await admin.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(etag, ok.Headers.ETag!.Tag);

        body["name"] = Unique("Second");
        var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        stale.Headers.IfMatch.ParseAdd(etag);
        var refused = await admin.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var now = await Json.Read(await admin.GetAsync(url));
        Assert.StartsWith("FIRST", now["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_without_if_match_is_428()
    {
        var (admin, areaId) = await AdminWithArea();
        var created = await admin.PostJson("/api/v1/products", NewProduct(areaId));
        var response = await admin.PutAsJsonAsync(created.Headers.Location, NewProduct(areaId));
        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-3", (await Json.Read(response))["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task If_match_star_changes_whichever_version_is_current()
    {
        var (admin, areaId) = await AdminWithArea();
        var created = await admin.PostJson("/api/v1/products", NewProduct(areaId));
        var url = created.Headers.Location!.ToString();
        var body = (await Json.Read(created)).AsObject();
        var tags = new List<string> { created.Headers.ETag!.Tag };
        foreach (var name in new[] { Unique("First"), Unique("Second") })
        {
            body["name"] = name;
            var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
            put.Headers.TryAddWithoutValidation("If-Match", "*");
            var response = await admin.SendAsync(put);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            Assert.Equal(name, (await Json.Read(response))["name"]!.GetValue<string>());
            tags.Add(response.Headers.ETag!.Tag);
        }
        Assert.Equal(3, tags.Distinct().Count());
    }

    [Fact]
    public async Task Archived_product_leaves_the_default_list_and_can_be_restored()
    {
        var (admin, areaId) = await AdminWithArea();
        var created = await admin.PostJson("/api/v1/products", NewProduct(areaId));
        var id = (await Json.Read(created))["id"]!.GetValue<string>();
        var archive = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/products/{id}/archive");
        archive.Headers.IfMatch.ParseAdd(created.Headers.ETag!.Tag);
        var archived = await admin.SendAsync(archive);
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.True((await Json.Read(archived))["archived"]!.GetValue<bool>());

        var active = await Json.Read(await admin.GetAsync($"/api/v1/products?therapeuticAreaId={areaId}"));
        Assert.Equal(0, active["total"]!.GetValue<int>());
        var all = await Json.Read(await admin.GetAsync($"/api/v1/products?therapeuticAreaId={areaId}&includeArchived=true"));
        Assert.Equal(1, all["total"]!.GetValue<int>());

        var restore = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/products/{id}/restore");
        restore.Headers.IfMatch.ParseAdd(archived.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(restore)).StatusCode);
    }

    [Fact]
    public async Task Paging_is_bounded_and_validated()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var tooBig = await admin.GetAsync("/api/v1/products?pageSize=5000");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        var page = await Json.Read(await admin.GetAsync("/api/v1/products?page=1&pageSize=1"));
        Assert.Equal(1, page["pageSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_change_is_audited_with_actor_and_values()
    {
        var (admin, areaId) = await AdminWithArea();
        var created = await admin.PostJson("/api/v1/products", NewProduct(areaId));
        var product = (await Json.Read(created)).AsObject();
        var id = product["id"]!.GetValue<string>();
        product["genericName"] = "changedumab";
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/products/{id}") { Content = JsonContent.Create(product) };
        put.Headers.IfMatch.ParseAdd(created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(put)).StatusCode);

        var audit = await Json.Read(await admin.GetAsync($"/api/v1/audit?entity=Product&entityKey={id}"));
        var items = audit["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        var update = items[0]!;
        Assert.Equal("Update", update["action"]!.GetValue<string>());
        Assert.Contains("testumab", update["oldValues"]!.GetValue<string>());
        Assert.Contains("changedumab", update["newValues"]!.GetValue<string>());
        Assert.Contains("admin-", update["actor"]!.GetValue<string>());
        Assert.Equal("Insert", items[1]!["action"]!.GetValue<string>());
    }
}

public sealed class ProductsApiOnSqlite(SqliteApp app) : ProductsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ProductsApiOnPostgres(PostgresApp app) : ProductsApiTests(app), IClassFixture<PostgresApp>;
