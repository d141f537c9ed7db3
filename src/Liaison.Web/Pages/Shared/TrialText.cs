using System.Globalization;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// ClinicalTrials.gov's coded values as its own site words them: ACTIVE_NOT_RECRUITING reads "Active, not recruiting",
/// PHASE2/PHASE3 "Phase 2/Phase 3". The stored codes stay as registered; an unknown code reads as its words.
/// </summary>
public static class TrialText
{
    private static readonly Dictionary<string, string> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ACTIVE_NOT_RECRUITING"] = "Active, not recruiting", ["NOT_YET_RECRUITING"] = "Not yet recruiting",
        ["ENROLLING_BY_INVITATION"] = "Enrolling by invitation", ["APPROVED_FOR_MARKETING"] = "Approved for marketing",
        ["NO_LONGER_AVAILABLE"] = "No longer available", ["TEMPORARILY_NOT_AVAILABLE"] = "Temporarily not available",
        ["WITHHELD"] = "Withheld", ["UNKNOWN"] = "Unknown status",
    };

    public static string Status(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "—" : Statuses.TryGetValue(code, out var words) ? words : Words(code);

    public static string Phases(string? codes) =>
        string.IsNullOrWhiteSpace(codes) ? "" : string.Join("/", codes.Split('/').Select(Phase));

    private static string Phase(string code) => code.ToUpperInvariant() switch
    {
        "NA" => "Phase not applicable",
        "EARLY_PHASE1" => "Early phase 1",
        var c when c.StartsWith("PHASE", StringComparison.Ordinal) && c.Length > 5 => "Phase " + c[5..],
        _ => Words(code),
    };

    private static string Words(string code)
    {
        var words = code.Replace('_', ' ').ToLower(CultureInfo.InvariantCulture);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
