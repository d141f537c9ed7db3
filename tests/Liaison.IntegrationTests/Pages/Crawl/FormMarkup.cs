using System.Net;
using System.Text.RegularExpressions;

namespace Liaison.IntegrationTests.Pages.Crawl;

/// <summary>The pieces of a page's forms as the crawl's parsers read them: forms, inputs, lists and their options, attributes.</summary>
internal static partial class FormMarkup
{
    /// <summary>An attribute's value, decoded; null when the element does not carry it.</summary>
    public static string? Attribute(string attributes, string name) =>
        Regex.Match(attributes, $"(?:^|\\s){name}\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>True when the element carries the attribute, with or without a value (<c>checked</c>, <c>disabled</c>).</summary>
    public static bool Has(string attributes, string name) =>
        Regex.IsMatch(attributes, $"(?:^|\\s){name}(?:\\s*=|\\s|$)", RegexOptions.IgnoreCase);

    /// <summary>Each select's name and options (value, selected).</summary>
    public static IEnumerable<(string Name, List<(string Value, bool Selected)> Options)> Selects(string formBody)
    {
        foreach (Match select in Select().Matches(formBody))
        {
            if (Attribute(select.Groups[1].Value, "name") is not { } name || Has(select.Groups[1].Value, "disabled")) continue;
            var options = Option().Matches(select.Groups[2].Value)
                .Select(o => (Value: Attribute(o.Groups[1].Value, "value") ?? "", Selected: Has(o.Groups[1].Value, "selected"))).ToList();
            yield return (name, options);
        }
    }

    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    public static partial Regex Form();

    [GeneratedRegex("<input\\b([^>]*)>", RegexOptions.IgnoreCase)]
    public static partial Regex Input();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    public static partial Regex TextArea();

    [GeneratedRegex("<button\\b([^>]*)>(.*?)</button>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    public static partial Regex Button();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Option();
}
