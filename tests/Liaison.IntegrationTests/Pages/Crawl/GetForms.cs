using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Liaison.IntegrationTests.Pages.Crawl;

/// <summary>
/// The addresses a page's GET forms (search boxes, filters) submit to: once as the page fills them, and once per other
/// choice of each list, so the crawl also opens the filtered variants of a list page (within its cap per pattern).
/// </summary>
internal static partial class GetForms
{
    public static IEnumerable<string> Submissions(string html)
    {
        foreach (Match form in FormMarkup.Form().Matches(html))
        {
            var attributes = form.Groups[1].Value;
            if (!Method().IsMatch(attributes)) continue;
            var action = FormMarkup.Attribute(attributes, "action") ?? "";
            var fields = new List<KeyValuePair<string, string?>>();
            var choices = new List<(int Field, List<string> Values)>();
            foreach (Match input in FormMarkup.Input().Matches(form.Groups[2].Value))
            {
                var a = input.Groups[1].Value;
                if (FormMarkup.Attribute(a, "name") is not { } name) continue;
                var type = FormMarkup.Attribute(a, "type")?.ToLowerInvariant() ?? "text";
                if (type is "submit" or "button" or "reset" or "file" || type is "checkbox" or "radio" && !a.Contains("checked")) continue;
                fields.Add(new(name, FormMarkup.Attribute(a, "value") ?? (type is "checkbox" ? "on" : "")));
            }
            foreach (var (name, options) in FormMarkup.Selects(form.Groups[2].Value))
            {
                if (options.Count == 0) continue;
                fields.Add(new(name, options.FirstOrDefault(o => o.Selected, options[0]).Value));
                choices.Add((fields.Count - 1, options.Select(o => o.Value).ToList()));
            }
            yield return QueryHelpers.AddQueryString(action, fields);
            foreach (var (field, values) in choices)
                foreach (var value in values.Where(v => v != fields[field].Value))
                    yield return QueryHelpers.AddQueryString(action, fields.Select((f, i) => i == field ? new(f.Key, value) : f));
        }
    }

    [GeneratedRegex("method\\s*=\\s*\"get\"", RegexOptions.IgnoreCase)]
    private static partial Regex Method();
}
