namespace Liaison.IntegrationTests.Pages.Forms;

/// <summary>
/// One hostile way of filling a form: the fields it changes take its value, the others (the antiforgery token, hidden ids,
/// checked boxes) keep what the page gave them.
/// </summary>
internal sealed record HostileVariant(string Name, Func<FormField, bool> Changes, string Value)
{
    /// <summary>A value no parser reads as its field's type: refusing it must name the field.</summary>
    public bool IsUnreadable => Value is "abc" or "2026-02-30";

    /// <summary>
    /// A NUL character, pasted: the form comes back refused, each field that held one marked with its own message, and shown
    /// again with the NUL taken out (<c>NulFreePageRequests</c>); it is never accepted.
    /// </summary>
    public bool HasNul => Value.Contains('\0');

    /// <summary>One number or date changed alone, the other fields as the page filled them.</summary>
    public bool IsAlone { get; private init; }

    /// <summary>What a changed field is sent, when it depends on what the page filled in.</summary>
    private Func<FormField, string>? ValueFor { get; init; }

    /// <summary>What a refusal shows again in a changed field: what was typed, a NUL taken out.</summary>
    public string Shown(FormField field) => Sent(field).Replace("\0", "", StringComparison.Ordinal);

    /// <summary>A refusal keeps what was typed in this field: text, and a number changed alone (one among many may be reset).</summary>
    public bool Keeps(FormField field) => Changes(field) && (field.IsText || IsAlone && field.Kind is FieldKind.Number);

    public IReadOnlyList<KeyValuePair<string, string>> Fill(PostForm form) =>
        form.Fields.Select(f => new KeyValuePair<string, string>(f.Name, Changes(f) ? Sent(f) : f.Value)).ToList();

    private string Sent(FormField field) => ValueFor?.Invoke(field) ?? Value;

    /// <summary>The variants that apply to the form: a form without number or date fields gets no wrong-type garbage, and so on.</summary>
    public static IEnumerable<HostileVariant> For(PostForm form)
    {
        var fields = form.Fields;
        // Nothing to type (register, check in, mark done): sent once as the page gave it, it must succeed or refuse in words.
        if (!fields.Any(f => f.IsTyped)) yield return new("as it is", _ => false, "");
        else yield return new("emptied", f => f.IsTyped, "");
        if (fields.Any(f => f.Kind is FieldKind.Number or FieldKind.Date))
            foreach (var garbage in (string[])["abc", "2026-02-30", "-1", "1e309", "99999999999999999999"])
                yield return new(garbage, f => f.Kind is FieldKind.Number or FieldKind.Date, garbage);
        // Alone, a value is refused for itself, not among other refused values (a new record's form has its required fields empty).
        foreach (var one in fields.Where(f => f.Kind is FieldKind.Number or FieldKind.Date).DistinctBy(f => f.Name))
        {
            var value = one.Kind is FieldKind.Number ? "-1" : "2026-02-30";
            yield return new($"{value} alone in {one.Name}", f => f.Name == one.Name, value) { IsAlone = true };
        }
        if (fields.Any(f => f.IsText))
        {
            yield return new("10,000 characters", f => f.IsText, new string('x', 9_990) + "@example.c");
            yield return new("outside the BMP", f => f.IsText, "Résumé 🧪 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇫🇷");
            // Pasted into what the page filled in (an NPI, a name): once the NUL is out the value may well be valid, so only the
            // NUL's own refusal stops a handler that would save it.
            yield return new("NUL", f => f.IsText, "before\0after") { ValueFor = f => f.Value.Length > 0 ? f.Value.Insert(f.Value.Length / 2, "\0") : "before\0after" };
        }
        // An upload sent without its file (the part is there, empty, as a browser sends a file input left alone).
        if (fields.Any(f => f.Kind is FieldKind.File)) yield return new("no file chosen", f => f.Kind is FieldKind.File, "");
        if (fields.Any(f => f.Kind is FieldKind.Select))
            yield return new("a value not among the options", f => f.Kind is FieldKind.Select, "not-an-option");
    }
}
