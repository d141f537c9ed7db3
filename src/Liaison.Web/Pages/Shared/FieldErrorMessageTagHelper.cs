using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// A page's own <c>asp-validation-for</c> message: left out when its field already shows the message
/// (<see cref="FieldErrorLinkTagHelper"/>), otherwise (a group of checkboxes written by hand) given the id a field can refer to.
/// </summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorMessageTagHelper : TagHelper
{
    public override int Order => 100;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["data-valmsg-for"]?.Value?.ToString() is not { Length: > 0 } name) return;
        if (FieldErrorLinkTagHelper.ShownFor(ViewContext).Contains(name)) { output.SuppressOutput(); return; }
        if (!output.Attributes.ContainsName("id")) output.Attributes.SetAttribute("id", FieldErrorLinkTagHelper.ErrorId(name));
    }
}
