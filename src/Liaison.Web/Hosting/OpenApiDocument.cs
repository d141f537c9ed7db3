using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Liaison.Web.Hosting;

/// <summary>The API document's title, description and bearer-token security scheme.</summary>
internal static class OpenApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
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
}
