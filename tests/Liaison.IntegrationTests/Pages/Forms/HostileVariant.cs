namespace Liaison.IntegrationTests.Pages.Forms;

/// <summary>
/// One hostile way of filling a form: the fields it changes take its value, the others (the antiforgery token, hidden ids,
/// checked boxes) keep what the page gave them.
/// </summary>
internal sealed record HostileVariant(string Name, Func<FormField, bool> Changes, string Value)
{
    /// <summary>A value no parser reads as its field's type: refusing it must name the field.</summary>
    public bool IsUnreadable => Name is "abc" or "2026-02-30";

    /// <summary>A NUL character: the app refuses the whole request with its status page naming the field (<c>NulFreePageRequests</c>).</summary>
    public bool HasNul => Value.Contains('\0');

    public IReadOnlyList<KeyValuePair<string, string>> Fill(PostForm form) =>
        form.Fields.Select(f => new KeyValuePair<string, string>(f.Name, Changes(f) ? Value : f.Value)).ToList();

    /// <summary>The variants that apply to the form: a form without number or date fields gets no wrong-type garbage, and so on.</summary>
    public static IEnumerable<HostileVariant> For(PostForm form)
    {
        var fields = form.Fields;
        if (fields.Any(f => f.IsTyped)) yield return new("emptied", f => f.IsTyped, "");
        if (fields.Any(f => f.Kind is FieldKind.Number or FieldKind.Date))
            foreach (var garbage in (string[])["abc", "2026-02-30", "-1", "1e309", "99999999999999999999"])
                yield return new(garbage, f => f.Kind is FieldKind.Number or FieldKind.Date, garbage);
        if (fields.Any(f => f.IsText))
        {
            yield return new("10,000 characters", f => f.IsText, new string('x', 9_990) + "@example.c");
            yield return new("outside the BMP", f => f.IsText, "Résumé 🧪 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇫🇷");
            yield return new("NUL", f => f.IsText, "before\0after");
        }
        // An upload sent without its file (the part is there, empty, as a browser sends a file input left alone).
        if (fields.Any(f => f.Kind is FieldKind.File)) yield return new("no file chosen", f => f.Kind is FieldKind.File, "");
        if (fields.Any(f => f.Kind is FieldKind.Select))
            yield return new("a value not among the options", f => f.Kind is FieldKind.Select, "not-an-option");
    }
}
