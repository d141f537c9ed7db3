using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Liaison.IntegrationTests.Infrastructure;

namespace Liaison.IntegrationTests.Hosting;

/// <summary>
/// Every schema of the API document is one type's: use cases name nested records by role (<c>Command</c>, <c>Fields</c>,
/// <c>View</c>), and several once shared one schema, so a generated client sent one endpoint's body to four others.
/// </summary>
public sealed partial class OpenApiSchemaTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task No_two_types_share_a_schema_and_each_schema_has_its_types_fields()
    {
        var doc = await Json.Read(await app.Client().GetAsync("/openapi/v1.json"));
        var json = app.App.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var owners = new Dictionary<string, Type>();
        foreach (var (path, method, declared, schema) in Schemas(doc))
        {
            // A list answers an array of its items' schema.
            var (type, reference) = schema?["items"] is { } items ? (json.GetTypeInfo(declared).ElementType, items) : (declared, schema);
            var id = reference?["$ref"]?.GetValue<string>().Split('/')[^1];
            if (id is null || type is null || json.GetTypeInfo(type).Kind != JsonTypeInfoKind.Object) continue;
            Assert.True(owners.TryAdd(id, type) || owners[id] == type, $"{method} {path}: schema {id} is both {owners[id]} and {type}");
            var fields = doc["components"]!["schemas"]![id]!["properties"]!.AsObject().Select(p => p.Key).Order();
            Assert.Equal(json.GetTypeInfo(type).Properties.Select(p => p.Name).Order(), fields);
        }
        Assert.True(owners.Count > 30, $"only {owners.Count} schemas were checked");
    }

    [Fact]
    public async Task Every_query_parameter_is_named_camel_case_as_the_api_names_fields()
    {
        var doc = await Json.Read(await app.Client().GetAsync("/openapi/v1.json"));
        var names = doc["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject())
            .SelectMany(o => o.Value!["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]!.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>()).Distinct().ToList();
        Assert.Contains("page", names);
        Assert.Contains("radiusKm", names);
        Assert.DoesNotContain(names, n => char.IsUpper(n[0]));
        var search = await (await app.ClientFor(Liaison.Core.Identity.Roles.Msl)).GetAsync("/api/v1/hcps?q=smith&page=1&pageSize=5");
        Assert.Equal(System.Net.HttpStatusCode.OK, search.StatusCode);
    }

    [Fact]
    public async Task The_safety_intake_body_is_the_intakes_fields()
    {
        var doc = await Json.Read(await app.Client().GetAsync("/openapi/v1.json"));
        var body = doc["paths"]!["/api/v1/safety/intakes"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var id = body["$ref"]!.GetValue<string>().Split('/')[^1];
        Assert.Equal("RaiseAdverseEventIntakeCommand", id);
        var fields = doc["components"]!["schemas"]![id]!["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("awareAt", fields);
        Assert.Contains("description", fields);
        Assert.DoesNotContain("requesterHcpId", fields);
    }

    [Fact]
    public async Task Strings_and_lists_read_by_the_apps_own_converters_keep_their_types()
    {
        var doc = await Json.Read(await app.Client().GetAsync("/openapi/v1.json"));
        var fields = doc["components"]!["schemas"]!["InteractionFields"]!["properties"]!;
        Assert.Equal("[\"null\",\"string\"]", fields["notes"]!["type"]!.ToJsonString());
        Assert.Equal("array", fields["hcpIds"]!["type"]!.GetValue<string>());
        Assert.Equal("uuid", fields["hcpIds"]!["items"]!["format"]!.GetValue<string>());
        Assert.Equal(500, fields["hcpIds"]!["maxItems"]!.GetValue<int>());
        Assert.Equal("#/components/schemas/FollowUpFields", fields["followUps"]!["items"]!["$ref"]!.GetValue<string>());
        var intake = doc["components"]!["schemas"]!["RaiseAdverseEventIntakeCommand"]!["properties"]!;
        Assert.Contains("string", intake["description"]!["type"]!.ToJsonString(), StringComparison.Ordinal);
    }

    // Each endpoint's JSON body and 200/201 answer, with the CLR type the endpoint declares for it.
    private IEnumerable<(string Path, string Method, Type Type, JsonNode? Schema)> Schemas(JsonNode doc)
    {
        var endpoints = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var path = RouteParameter().Replace(endpoint.RoutePattern.RawText ?? "", "{${name}}");
            if (!path.StartsWith("/api/v1/", StringComparison.Ordinal)) continue;
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                var operation = doc["paths"]?[path]?[method.ToLowerInvariant()];
                if (operation is null) continue;
                if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: { } body } accepts
                    && accepts.ContentTypes.Contains("application/json"))
                    yield return (path, method, body, operation["requestBody"]?["content"]?["application/json"]?["schema"]);
                foreach (var produced in endpoint.Metadata.OfType<IProducesResponseTypeMetadata>())
                    if (produced is { StatusCode: 200 or 201, Type: { } type } && type != typeof(void) && !type.IsPrimitive && type != typeof(string))
                        yield return (path, method, type, operation["responses"]?[produced.StatusCode.ToString()]?["content"]?["application/json"]?["schema"]);
            }
        }
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^{}]*(\{[^{}]*\}[^{}]*)*)?\}")]
    private static partial Regex RouteParameter();
}
