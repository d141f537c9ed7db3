namespace Liaison.Core.Directory.Evidence;

/// <summary>A ClinicalTrials.gov study as read from API v2 JSON, before it is stored.</summary>
public sealed record ClinicalTrialRecord(string NctId, string Title, string OverallStatus, string? Phases, string? StudyType,
    string? LeadSponsor, string? Conditions, DateOnly? StartedOn, DateOnly? CompletedOn, IReadOnlyList<TrialPersonRecord> People);

public sealed record TrialPersonRecord(int Ordinal, string Name, PersonName Parsed, TrialRole Role, bool IsOverallOfficial,
    string? Affiliation, string? City, string? State, string? Zip, string? Country);
