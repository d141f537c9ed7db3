using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// A field (bound with <c>asp-for</c>, or written by hand with its <c>name</c>) whose value was refused is marked <c>aria-invalid</c>, shows its error message
/// right after it and is described by that message (a field whose name repeats on the page is looked up by its id), so a screen reader reads the error on the field itself and not
/// only in the summary at the top of the page. Most forms had no message beside their fields at all; where a page
/// writes its own <c>asp-validation-for</c> span, <see cref="FieldErrorMessageTagHelper"/> leaves it out instead of
/// showing the message twice. A form that marks its fields itself (the interaction form) is left as it is; a group of
/// boxes or buttons sharing one name is marked and described by the <c>asp-validation-for</c> message its page writes
/// after the group.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("input", Attributes = "name")]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "name")]
public sealed class FieldErrorLinkTagHelper : TagHelper
{
    private const string Shown = "Liaison.FieldErrorsShown";

    // After the framework's own input, select and textarea helpers (order -1000) have written the name.
    public override int Order => 100;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["name"]?.Value?.ToString() is not { Length: > 0 } name) return;
        if (output.Attributes["type"]?.Value?.ToString() == "hidden") return;
        if (output.Attributes.ContainsName("aria-invalid")) return;
        // Fields repeating a name (a score field per participant, a note per request) are refused under their own id.
        var key = Refused(name) ? name : output.Attributes["id"]?.Value?.ToString() is { Length: > 0 } own && Refused(own) ? own : null;
        if (key is null) return;
        name = key;
        var entry = ViewContext.ModelState[key]!;
        var id = ErrorId(name);
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(describedBy) ? id : $"{describedBy} {id}");
        // A group of boxes or buttons sharing one name is described by the message its page writes after the group.
        if (output.Attributes["type"]?.Value?.ToString() is "checkbox" or "radio") return;
        if (ShownFor(ViewContext).Contains(name)) return; // one message, and one id, for fields repeating a name
        var message = new TagBuilder("span");
        message.AddCssClass("field-error");
        message.Attributes["id"] = id;
        message.InnerHtml.Append(entry.Errors[0].ErrorMessage is { Length: > 0 } text ? text : "This value could not be read.");
        output.PostElement.AppendHtml(message);
        ShownFor(ViewContext).Add(name);
    }

    private bool Refused(string key) => ViewContext.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    /// <summary>The id of the error message of the field named <paramref name="name"/>.</summary>
    public static string ErrorId(string name) => TagBuilder.CreateSanitizedId(name, "_") + "-error";

    /// <summary>The fields whose error message this request has already shown beside them.</summary>
    public static HashSet<string> ShownFor(ViewContext view) =>
        view.HttpContext.Items[Shown] as HashSet<string> ?? (HashSet<string>)(view.HttpContext.Items[Shown] = new HashSet<string>());
}
