namespace Liaison.Core.Impact.Engine;

public enum ImpactDesign
{
    /// <summary>Matched difference-in-differences: controls chosen per treated subject (the default).</summary>
    MatchedDid,
    /// <summary>Difference-in-differences with every unexposed subject as a control.</summary>
    Did,
}

/// <summary>What the outcome counts; adverse-event reports get a caveat about reporting.</summary>
public enum OutcomeKind
{
    General,
    Prescribing,
    PatientReported,
    AdverseEventReports,
}

public static class ImpactNames
{
    public static string Name(this ImpactDesign design) => design == ImpactDesign.Did ? "did" : "matched-did";

    public static ImpactDesign? ParseDesign(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "did" => ImpactDesign.Did,
        "matched-did" or null or "" => ImpactDesign.MatchedDid,
        _ => null,
    };

    public static string Name(this OutcomeKind kind) => kind switch
    {
        OutcomeKind.Prescribing => "prescribing",
        OutcomeKind.PatientReported => "patient-reported",
        OutcomeKind.AdverseEventReports => "adverse-event-reports",
        _ => "general",
    };

    public static OutcomeKind? ParseOutcome(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "general" => OutcomeKind.General,
        "prescribing" => OutcomeKind.Prescribing,
        "patient-reported" or "pro" => OutcomeKind.PatientReported,
        "adverse-event-reports" or "ae" => OutcomeKind.AdverseEventReports,
        _ => null,
    };
}

/// <summary>How to analyse: windows, design and the matching's knobs.</summary>
public sealed record ImpactOptions(
    AnalysisWindows Windows,
    ImpactDesign Design = ImpactDesign.MatchedDid,
    int Seed = ImpactOptions.DefaultSeed,
    IReadOnlySet<string>? Categorical = null,
    int Neighbours = 4,
    double Caliper = 0.5,
    OutcomeKind Outcome = OutcomeKind.General)
{
    public const int DefaultSeed = 20240101;
}
