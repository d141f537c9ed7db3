using System.Net;
using System.Text.RegularExpressions;
using Liaison.IntegrationTests.Pages.Crawl;

namespace Liaison.IntegrationTests.Pages.Forms;

/// <summary>One field a POST form submits: its name, what kind of value it takes, the value the page filled in.</summary>
internal sealed record FormField(string Name, FieldKind Kind, string Value, IReadOnlyList<string> Options)
{
    /// <summary>What a person types into: the values a re-shown form must keep.</summary>
    public bool IsText => Kind is FieldKind.Text or FieldKind.TextArea;
    public bool IsTyped => Kind is FieldKind.Text or FieldKind.TextArea or FieldKind.Number or FieldKind.Date;
}

internal enum FieldKind { Hidden, Text, TextArea, Number, Date, Select, Choice, File, Other }

/// <summary>
/// A <c>&lt;form method="post"&gt;</c> of a page, submitted through one of its buttons (a button's <c>formaction</c> is its own
/// handler): where it goes, how it is encoded, its fields (the antiforgery token among its hidden ones) and the button's words.
/// </summary>
internal sealed partial record PostForm(Uri Action, bool Multipart, IReadOnlyList<FormField> Fields, string Button)
{
    /// <summary>How many fields a person types into the page filled in.</summary>
    public int Filled => Fields.Count(f => f.IsTyped && f.Value.Length > 0);

    /// <summary>The handler the submission reaches (<c>?handler=Approve</c>), or "" for the page's plain POST.</summary>
    public string Handler => Regex.Match(Action.Query, "(?:^|[?&])handler=([^&]*)", RegexOptions.IgnoreCase).Groups[1].Value;

    /// <summary>
    /// Submitting it at all ends the session or destroys, locks or decides something (sign out, delete, erase, sign and lock,
    /// approve or reject a proposal, withdraw a consent, archive a product): its hostile variants could succeed and would
    /// leave the demo workspace changed under the other forms, so such forms are listed, not submitted.
    /// </summary>
    public bool IsDestructive => Destructive().IsMatch(Button) || Destructive().IsMatch(Handler) || Action.AbsolutePath.Contains("/Logout", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<PostForm> In(string html, Uri page)
    {
        foreach (Match form in FormMarkup.Form().Matches(html))
        {
            var attributes = form.Groups[1].Value;
            if (!string.Equals(FormMarkup.Attribute(attributes, "method"), "post", StringComparison.OrdinalIgnoreCase)) continue;
            var action = new Uri(page, FormMarkup.Attribute(attributes, "action") is { Length: > 0 } a ? a : page.PathAndQuery);
            var multipart = FormMarkup.Attribute(attributes, "enctype")?.Contains("multipart", StringComparison.OrdinalIgnoreCase) == true;
            var body = form.Groups[2].Value;
            var fields = FieldsIn(body).ToList();
            var buttons = FormMarkup.Button().Matches(body).Where(b => FormMarkup.Attribute(b.Groups[1].Value, "type") is null or "submit")
                .Select(b => (Words: WebUtility.HtmlDecode(Markup().Replace(b.Groups[2].Value, "")).Trim(), To: FormMarkup.Attribute(b.Groups[1].Value, "formaction")))
                .DefaultIfEmpty(("(no button)", null));
            foreach (var (words, to) in buttons)
                yield return new PostForm(to is null ? action : new Uri(page, to), multipart, fields, words);
        }
    }

    /// <summary>The form's fields as it shows them again (a re-shown form's values, by name).</summary>
    public static IEnumerable<FormField> FieldsIn(string body)
    {
        foreach (Match input in FormMarkup.Input().Matches(body))
        {
            var a = input.Groups[1].Value;
            if (FormMarkup.Attribute(a, "name") is not { } name || FormMarkup.Has(a, "disabled")) continue;
            var type = FormMarkup.Attribute(a, "type")?.ToLowerInvariant() ?? "text";
            if (type is "submit" or "button" or "reset" or "image" || type is "checkbox" or "radio" && !FormMarkup.Has(a, "checked")) continue;
            var kind = type switch
            {
                "hidden" => FieldKind.Hidden,
                "text" or "email" or "search" or "tel" or "url" => FieldKind.Text,
                "number" => FieldKind.Number,
                "date" or "datetime-local" or "time" or "month" or "week" => FieldKind.Date,
                "checkbox" or "radio" => FieldKind.Choice,
                "file" => FieldKind.File,
                _ => FieldKind.Other, // a password: neither kept on re-show nor typed at random
            };
            yield return new FormField(name, kind, FormMarkup.Attribute(a, "value") ?? (type is "checkbox" ? "on" : ""), []);
        }
        foreach (Match area in FormMarkup.TextArea().Matches(body))
        {
            if (FormMarkup.Attribute(area.Groups[1].Value, "name") is not { } name || FormMarkup.Has(area.Groups[1].Value, "disabled")) continue;
            // HTML drops the newline that opens a textarea's content (Razor writes one).
            var text = WebUtility.HtmlDecode(area.Groups[2].Value);
            yield return new FormField(name, FieldKind.TextArea, text.StartsWith("\r\n") ? text[2..] : text.StartsWith('\n') ? text[1..] : text, []);
        }
        foreach (var (name, options) in FormMarkup.Selects(body))
            yield return new FormField(name, FieldKind.Select, options.FirstOrDefault(o => o.Selected, options.FirstOrDefault()).Value ?? "",
                options.Select(o => o.Value).ToList());
    }

    [GeneratedRegex(@"sign ?out|logout|delete|remove|revoke|erase|\bsign\b|lock|approve|reject|withdraw|archive", RegexOptions.IgnoreCase)]
    private static partial Regex Destructive();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();
}
