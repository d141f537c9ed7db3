using Liaison.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Liaison.Web.Hosting;

/// <summary>
/// Form models often bind the use cases' own records, whose properties carry no [Display] name: without this a
/// validation message reads "The ProductId field is required.". A property without a display name is shown in
/// words, without a trailing "Id" ("The Product field is required.").
/// </summary>
public sealed class ReadableFieldNames : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.MetadataKind != ModelMetadataKind.Property) return;
        if (context.DisplayMetadata.DisplayName is not null || context.Key.Name is not { Length: > 0 } name) return;
        if (name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal)) name = name[..^2];
        var words = EnumText.Words(name);
        context.DisplayMetadata.DisplayName = () => words;
    }
}
