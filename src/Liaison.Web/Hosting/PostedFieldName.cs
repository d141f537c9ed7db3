using System.Text.RegularExpressions;
using Liaison.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Liaison.Web.Hosting;

/// <summary>
/// A posted field's name in a refusal's words, as its label says it: "Npi" is its [Display] name (Requester (NPI)),
/// "Input.FollowUps[1].Description" is "Description in row 2 of follow ups". A message of the app's own that names its field
/// reads apart in the error summary, which says each message once (two fields refused alike would share one line).
/// </summary>
internal static partial class PostedFieldName
{
    public static string Of(PageHandlerExecutingContext context, string key)
    {
        var matches = Part().Matches(key);
        var parts = matches.Select(m => m.Groups[1].Success ? m.Groups[1].Value : null).ToList();
        var metadata = parts is [{ } first, ..] ? Root(context, first) : null;
        string? row = null;
        for (var i = 1; i < parts.Count; i++)
        {
            if (parts[i] is { } property) { metadata = metadata?.Properties[property]; continue; }
            var index = matches[i].Groups[2].Value;
            var number = int.TryParse(index, out var n) ? (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : index;
            row = $" in row {number} of {Lower(Words(metadata, parts[i - 1] ?? ""))}";
            metadata = metadata?.ElementMetadata;
        }
        return Capital(Words(metadata, parts.LastOrDefault(p => p is not null) ?? key)) + row;
    }

    /// <summary>What the key's first part binds: a page model's bound property, or the handler's parameter, by its model name.</summary>
    private static ModelMetadata? Root(PageHandlerExecutingContext context, string name)
    {
        var provider = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var descriptor = context.ActionDescriptor;
        if (descriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>().FirstOrDefault(p => Named(p.BindingInfo?.BinderModelName ?? p.Name, name))
            is { } property)
            return provider.GetMetadataForType(descriptor.HandlerTypeInfo.AsType()).Properties[property.Property.Name];
        if (context.HandlerMethod?.Parameters.FirstOrDefault(p => Named(p.BindingInfo?.BinderModelName ?? p.Name, name)) is { } parameter)
            return provider is ModelMetadataProvider parameters
                ? parameters.GetMetadataForParameter(parameter.ParameterInfo) : provider.GetMetadataForType(parameter.ParameterType);
        return null;
    }

    // A handler's parameter (npis) or a field nothing binds has no display name: its own name in words.
    private static string Words(ModelMetadata? metadata, string name) =>
        metadata?.DisplayName is { Length: > 0 } display ? display : EnumText.Words(name);

    private static string Capital(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    // "Follow ups", not "HCPs": an acronym keeps its capitals.
    private static string Lower(string words) =>
        words.Length > 1 && !char.IsUpper(words[1]) ? char.ToLowerInvariant(words[0]) + words[1..] : words;

    private static bool Named(string? bound, string name) => string.Equals(bound, name, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"([^.\[\]]+)|\[([^\]]*)\]")]
    private static partial Regex Part();
}
