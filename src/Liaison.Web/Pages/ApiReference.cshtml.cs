using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages;

/// <summary>The API reference, rendered from the same endpoint metadata as /openapi/v1.json.</summary>
public sealed class ApiReferenceModel(IApiDescriptionGroupCollectionProvider explorer) : PageModel
{
    public sealed record Operation(string Method, string Path, string? Summary, IReadOnlyList<string> Parameters,
        string? Body, IReadOnlyList<int> Statuses, IReadOnlyList<string> Policies);

    public IReadOnlyList<IGrouping<string, Operation>> Groups { get; private set; } = [];

    public void OnGet() => Groups = explorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
        .Where(d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true)
        .Select(d => new Operation(
            d.HttpMethod ?? "GET", "/" + d.RelativePath,
            d.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>()
                .FirstOrDefault()?.Summary,
            d.ParameterDescriptions.Where(p => p.Source.Id is "Query" or "Path" or "Header")
                .Select(p => $"{p.Name} ({p.Source.DisplayName.ToLowerInvariant()})").Distinct().ToList(),
            d.ParameterDescriptions.FirstOrDefault(p => p.Source.Id == "Body")?.Type?.Name,
            d.SupportedResponseTypes.Select(r => r.StatusCode).Distinct().Order().ToList(),
            d.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList()))
        .GroupBy(o => o.Path.Split('/').ElementAtOrDefault(3) ?? "")
        .OrderBy(g => g.Key).ToList();
}
