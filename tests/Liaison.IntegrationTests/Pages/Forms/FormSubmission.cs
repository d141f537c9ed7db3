using System.Net;
using System.Text.RegularExpressions;
using Liaison.IntegrationTests.Pages.Crawl;

namespace Liaison.IntegrationTests.Pages.Forms;

/// <summary>
/// One hostile variant of one form, submitted as a browser would (URL-encoded, or multipart when the form says so), and
/// what its answer shows: a refusal in words that keeps what was typed, a redirect after a legitimate success, or a problem.
/// </summary>
internal sealed partial record FormSubmission(PostForm Form, HostileVariant Variant, HttpStatusCode Status, Uri? Location, string Body, string? Landing)
{
    /// <summary>
    /// By design these succeed with 200, not a redirect: a new API token or calendar feed address is shown once, on the answer
    /// to its form, and never put in an address or TempData; the audit chain's verification is a report, not a change.
    /// </summary>
    private static readonly string[] ShowsItsResult = ["/Account/Tokens", "/Admin/Tokens", "/Engagement/Calendar", "/Compliance/Audit"];

    public static async Task<FormSubmission> Send(HttpClient pages, PostForm form, HostileVariant variant)
    {
        var fields = form.Fields.Zip(variant.Fill(form)).Where(p => p.First.Kind is not FieldKind.File).Select(p => p.Second);
        var files = form.Fields.Where(f => f.Kind is FieldKind.File).Select(f => f.Name);
        HttpContent content = form.Multipart ? Multipart(fields, files) : new FormUrlEncodedContent(fields);
        using var response = await pages.PostAsync(form.Action, content);
        var location = response.Headers.Location is { } l ? new Uri(form.Action, l) : null;
        // Where a redirect lands says whether it was a success: a refusal told there in a flash has lost what was typed.
        var landing = location is not null && (int)response.StatusCode is >= 300 and < 400 && location.Host == form.Action.Host
            ? await pages.GetStringAsync(location) : null;
        return new FormSubmission(form, variant, response.StatusCode, location, await response.Content.ReadAsStringAsync(), landing);
    }

    public bool IsRefusedInWords => Summary().IsMatch(Body);
    public bool IsRedirect => Status is HttpStatusCode.SeeOther or HttpStatusCode.Redirect or HttpStatusCode.Found;

    /// <summary>What the answer did wrong, in one line each; none when it refused in words or legitimately succeeded.</summary>
    public IEnumerable<string> Problems()
    {
        var status = (int)Status;
        if (status >= 500) return [$"{status}"];
        if (IsRedirect)
        {
            if (Location is { } to && (to.AbsolutePath.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase) || to.AbsolutePath == "/Error"))
                return [$"redirected to {to.PathAndQuery}"];
            if (Landing is not null && RefusedFlash().Match(Landing) is { Success: true } flash && Form.Fields.Any(f => f.IsTyped && Variant.Changes(f)))
                return [$"refused after a redirect, what was typed lost: {WebUtility.HtmlDecode(flash.Groups[1].Value)}"];
            // A number or date no parser reads cannot have been stored: a success means the field was silently dropped.
            if (Variant.IsUnreadable) return [$"accepted ({status} to {Location?.PathAndQuery}): the unreadable value was dropped"];
            // A NUL is taken out before any handler sees it: a success saved text the user never saw, without asking.
            return Variant.HasNul ? [$"accepted ({status} to {Location?.PathAndQuery}): the NUL was taken out and saved unasked"] : [];
        }
        if (Status is not (HttpStatusCode.OK or HttpStatusCode.BadRequest)) return [$"{status}"];
        if (!IsRefusedInWords)
            return Status == HttpStatusCode.OK && ShowsItsResult.Contains(Form.Action.AbsolutePath, StringComparer.OrdinalIgnoreCase)
                ? [] : [$"{status} without an error summary"];
        List<string> found = [];
        var messages = SummaryItem().Matches(Body).Select(m => (Field: m.Groups[1].Value, Text: WebUtility.HtmlDecode(m.Groups[2].Value).Trim())).ToList();
        if (messages.Count == 0 || messages.Any(m => m.Text.Length == 0 || m.Text.StartsWith("A value could not be read", StringComparison.Ordinal)))
            found.Add($"an error without words: {string.Join(" | ", messages.Select(m => m.Text))}");
        if (Variant.IsUnreadable)
            // The summary says a message once for all the rows it concerns; each row's field then says it beside itself.
            foreach (var field in Form.Fields.Where(f => Variant.Changes(f) && messages.All(m => m.Field != Id(f.Name)) && !FieldError(f.Name)))
                found.Add($"{field.Name} not named by the summary ({string.Join(" | ", messages.Select(m => $"{m.Field}: {m.Text}"))})");
        if (Variant.HasNul)
            // Each field that held one is marked and says why beside itself, and the summary names it (its message names the field).
            foreach (var field in Form.Fields.Where(f => f.IsText && Variant.Changes(f)))
                if (!MarkedWith(field.Name, "NUL character (U+0000)")) found.Add($"{field.Name} not marked with its own message about the NUL");
                else if (!messages.Any(m => Named(m.Field, Id(field.Name)) || Named(m.Field, Id($"Input.{field.Name}")))) found.Add($"{field.Name} not named by the summary");
        var shown = PostForm.FieldsIn(Body).GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
        foreach (var field in Form.Fields.Where(Variant.Keeps))
            // A form that hands its refusal over to a fuller form (quick capture to the interaction form) keeps a field under the full form's prefix.
            if (!shown.TryGetValue(field.Name, out var value) && !shown.TryGetValue($"Input.{field.Name}", out value)) found.Add($"{field.Name} not shown again");
            else if (value != Variant.Shown(field)) found.Add($"{field.Name} not kept: shown as \"{Excerpt(value)}\"");
        return found;
    }

    /// <summary>The re-shown field (by its name, or under the full form's prefix) is marked refused and described by a message holding <paramref name="words"/>.</summary>
    private bool MarkedWith(string name, string words) =>
        FormMarkup.Input().Matches(Body).Concat(FormMarkup.TextArea().Matches(Body)).Select(m => m.Groups[1].Value)
            .Where(a => FormMarkup.Attribute(a, "name") is { } n && (Named(n, name) || Named(n, $"Input.{name}")))
            .Any(a => FormMarkup.Attribute(a, "aria-invalid") == "true" && (FormMarkup.Attribute(a, "aria-describedby") ?? "")
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(id => MessageWithId(id)?.Contains(words, StringComparison.Ordinal) == true));

    // The binder reads names without regard to case: quick capture's "notes" is the full form's "Input.Notes".
    private static bool Named(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private string? MessageWithId(string id) =>
        Regex.Match(Body, $"id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The re-shown field is marked refused (its class or aria-invalid), its own message beside it.</summary>
    private bool FieldError(string name) => FormMarkup.Input().Matches(Body).Select(m => m.Groups[1].Value)
        .Any(a => FormMarkup.Attribute(a, "name") == name
                  && (FormMarkup.Attribute(a, "class")?.Contains("input-validation-error") == true || FormMarkup.Attribute(a, "aria-invalid") == "true"));

    /// <summary>The id asp-for gives a field of this name (what the summary names).</summary>
    private static string Id(string name) => Regex.Replace(name, @"[.\[\]]", "_");

    private static string Excerpt(string value) => value.Length > 40 ? $"{value[..40]}… ({value.Length} characters)" : value;

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<string> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var file in files) content.Add(new ByteArrayContent([]), file); // the part a browser sends for no file, without its filename=""
        return content;
    }

    [GeneratedRegex("<h2>Not done</h2><p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex RefusedFlash();

    [GeneratedRegex("class=\"error-summary\"")]
    private static partial Regex Summary();

    [GeneratedRegex("<li data-field=\"([^\"]*)\">(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex SummaryItem();
}
