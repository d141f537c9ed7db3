namespace Liaison.Core.Directory.Changes;

/// <param name="ProposedBy">The sign-in name of who proposed it; <paramref name="ProposedByName"/> their display name (the sign-in
/// name when the account is gone). <paramref name="DecidedByName"/> likewise for who decided.</param>
public sealed record ChangeRequestView(Guid Id, ChangeRequestKind Kind, Guid HcpId, string? HcpName, Guid? DuplicateHcpId,
    string? DuplicateName, IReadOnlyDictionary<string, string?>? ProposedValues, string Reason, ChangeRequestStatus Status,
    string ProposedBy, DateTime ProposedAt, string? DecidedBy, DateTime? DecidedAt, string? DecisionNote, long Version,
    string ProposedByName, string? DecidedByName);
