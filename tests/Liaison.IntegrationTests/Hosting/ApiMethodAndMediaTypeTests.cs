using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Liaison.Core.Identity;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// An address that exists, asked with a method it does not take or a body of a media type it does not read, says so:
/// 405 with Allow and 415 naming the type, where the API's fallback answered 404 "no endpoint has this address".
/// </summary>
public abstract class ApiMethodAndMediaTypeTests(TestApp app)
{
    [Theory]
    [InlineData("text/plain", "application/json")]
    [InlineData("application/x-www-form-urlencoded", "application/json")]
    public async Task A_body_of_another_media_type_is_a_415_naming_the_one_taken(string given, string taken)
    {
        var admin = await app.ClientFor(Roles.Admin);
        var response = await admin.PostAsync("/api/v1/products", new StringContent("{\"code\":\"X\"}", Encoding.UTF8, given));
        var problem = await Problem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(taken, problem, StringComparison.Ordinal);
        Assert.Contains(given, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_body_for_an_upload_is_a_415_naming_multipart()
    {
        var client = await app.ClientFor(Roles.MedicalInformation);
        var response = await client.PostAsync("/api/v1/content", new StringContent("{\"title\":\"x\"}", Encoding.UTF8, "application/json"));
        Assert.Contains("multipart/form-data", await Problem(response, HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_a_415()
    {
        var admin = await app.ClientFor(Roles.Admin);
        var body = new ByteArrayContent("{\"code\":\"X\"}"u8.ToArray());
        Assert.Contains("missing", await Problem(await admin.PostAsync("/api/v1/products", body), HttpStatusCode.UnsupportedMediaType),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DELETE", "/api/v1/products/{0}", "GET, PUT")]
    [InlineData("PATCH", "/api/v1/interactions/{0}", "GET, PUT")]
    [InlineData("PUT", "/api/v1/products", "GET, POST")]
    public async Task A_method_the_address_does_not_take_is_a_405_with_allow(string method, string url, string allow)
    {
        var admin = await app.ClientFor(Roles.Admin);
        var request = new HttpRequestMessage(new HttpMethod(method), string.Format(url, Guid.NewGuid()))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        var response = await admin.SendAsync(request);
        Assert.Contains(method, await Problem(response, HttpStatusCode.MethodNotAllowed), StringComparison.Ordinal);
        Assert.Equal(allow.Split(", ").Order(), response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("GET", "/api/v1/no-such-thing")]
    [InlineData("DELETE", "/api/v1/no-such-thing")]
    [InlineData("GET", "/api/v1/initiatives/not-a-guid")]
    [InlineData("DELETE", "/api/v1/products/not-a-guid")]
    [InlineData("GET", "/api/v1/products/00000000-0000-0000-0000-000000000001/nothing")]
    public async Task An_address_that_names_nothing_is_still_a_404(string method, string url)
    {
        var admin = await app.ClientFor(Roles.Admin);
        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Contains("No API endpoint has this address", await Problem(response, HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_a_wrong_method_is_still_a_problem_not_a_sign_in_redirect()
    {
        var response = await app.Client().DeleteAsync("/api/v1/products");
        await Problem(response, HttpStatusCode.MethodNotAllowed);
    }

    private static async Task<string> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.NotNull(problem["type"]);
        return problem["detail"]!.GetValue<string>();
    }
}

public sealed class ApiMethodAndMediaTypeOnSqlite(SqliteApp app) : ApiMethodAndMediaTypeTests(app), IClassFixture<SqliteApp>;

public sealed class ApiMethodAndMediaTypeOnPostgres(PostgresApp app) : ApiMethodAndMediaTypeTests(app), IClassFixture<PostgresApp>;
