using System.Globalization;
using System.Text.Json;

namespace Liaison.Core.Engagement.Interactions;

/// <summary>One field an amendment changed, in words: what the record said before and after.</summary>
public sealed record FieldChange(string Field, string Was, string Became);

/// <summary>
/// What an amendment changed, read from the kept snapshots: amendment n turned its "before" into the next amendment's
/// "before" (or, for the last, into the record as it stands). Names, not ids, as the reader saw them; the safety
/// detector's findings are derived, so they are not compared.
/// </summary>
public static class AmendmentChanges
{
    public static IReadOnlyList<FieldChange> Between(InteractionView was, InteractionView became)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, string before, string after)
        {
            if (before != after) changes.Add(new(field, before, after));
        }
        Compare("Kind", was.Kind.Describe(), became.Kind.Describe());
        Compare("Channel", was.Channel.Describe(), became.Channel.Describe());
        Compare("Date and time (UTC)", Minute(was.OccurredAt), Minute(became.OccurredAt));
        Compare("Duration", $"{was.DurationMinutes} min", $"{became.DurationMinutes} min");
        Compare("Place", was.Place ?? "—", became.Place ?? "—");
        Compare("Shared with the team", was.Shared ? "yes" : "no", became.Shared ? "yes" : "no");
        Compare("Attendees", List(was.Attendees.Select(a => a.Name)), List(became.Attendees.Select(a => a.Name)));
        Compare("Products", List(was.Products.Select(p => p.Name)), List(became.Products.Select(p => p.Name)));
        Compare("Materials", List(was.Materials.Select(m => $"{m.Title} v{m.VersionLabel}")), List(became.Materials.Select(m => $"{m.Title} v{m.VersionLabel}")));
        Compare("Topics", List(was.Topics), List(became.Topics));
        Compare("Follow-ups", List(was.FollowUps.Select(FollowUp)), List(became.FollowUps.Select(FollowUp)));
        Compare("Notes", was.Notes ?? "—", became.Notes ?? "—");
        return changes;
    }

    /// <summary>A kept snapshot read back, or null for one this version cannot read (the raw text is then shown).</summary>
    public static InteractionView? Read(string snapshot, JsonSerializerOptions json)
    {
        try { return JsonSerializer.Deserialize<InteractionView>(snapshot, json); }
        catch (JsonException) { return null; }
    }

    private static string Minute(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string FollowUp(FollowUpView f) => $"{f.Description} (due {f.DueOn:yyyy-MM-dd})";

    private static string List(IEnumerable<string> names) => string.Join("; ", names.Order(StringComparer.Ordinal)) is { Length: > 0 } s ? s : "—";
}
