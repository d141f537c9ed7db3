using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Liaison.Web.Hosting;

/// <summary>The API document's title, description, bearer-token security scheme, schema and query parameter names.</summary>
internal static class OpenApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
        options.CreateSchemaReferenceId = t => NullSafeLists.IsList(t.Type) ? null
            : OpenApiOptions.CreateDefaultSchemaReferenceId(t) is { } id ? SchemaId(t.Type, id) : null;
        options.AddSchemaTransformer(DescribeConverted);
        // [AsParameters] records name their query parameters by property ("Page", "RadiusKm"), so a generated client sent
        // `Q=`; binding ignores case, and the API names every field camelCase as the README and its errors do ("radiusKm").
        options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                if (parameter.In == ParameterLocation.Query && parameter.Name is { } name)
                    parameter.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Liaison API", Version = "v1",
                Description = "Medical Affairs field platform. Authenticate with a personal API token: Authorization: Bearer <token>. "
                              + "Errors are RFC 9457 problem details; edits need If-Match with the record's ETag.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "A personal API token (lia_…).",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            return Task.CompletedTask;
        });
    }

    // Strings and lists are read by converters of the app's own (NulFreeStrings, NullSafeLists), and the schema generator
    // describes a converter it does not know as any value: a string field lost its type and a list became "maxLength: 500".
    // They are what they were: a string, or an array of the item's schema whose [MaxLength] bounds its items.
    private static async Task DescribeConverted(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = context.JsonTypeInfo.Type;
        var nullable = context.JsonPropertyInfo?.IsGetNullable == true ? JsonSchemaType.Null : 0;
        if (type == typeof(string))
            schema.Type = JsonSchemaType.String | nullable;
        else if (NullSafeLists.IsList(type))
        {
            schema.Type = JsonSchemaType.Array | nullable;
            schema.Items = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], null, ct);
            (schema.MaxItems, schema.MaxLength) = (schema.MaxLength ?? schema.MaxItems, null);
            (schema.MinItems, schema.MinLength) = (schema.MinLength ?? schema.MinItems, null);
        }
    }

    // The default id is the bare type name, and use cases name their nested records by role (`RaiseAdverseEventIntake.Command`,
    // `Territories.Fields`): several types shared one schema, so a generated client sent one body's shape to five endpoints.
    // A nested type is named with the types that hold it (`RaiseAdverseEventIntakeCommand`), in generic arguments too.
    private static string SchemaId(Type type, string defaultId) =>
        type.IsNested || type.GenericTypeArguments.Any(a => a.IsNested) ? Qualified(type) : defaultId;

    private static string Qualified(Type type)
    {
        var name = type.Name.Split('`')[0];
        if (type.IsGenericType) name += "Of" + string.Join("And", type.GenericTypeArguments.Select(Qualified));
        return type.DeclaringType is { } outer ? Qualified(outer) + name : name;
    }
}
