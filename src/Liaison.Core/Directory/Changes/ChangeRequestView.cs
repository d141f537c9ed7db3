namespace Liaison.Core.Directory.Changes;

public sealed record ChangeRequestView(Guid Id, ChangeRequestKind Kind, Guid HcpId, string? HcpName, Guid? DuplicateHcpId,
    string? DuplicateName, IReadOnlyDictionary<string, string?>? ProposedValues, string Reason, ChangeRequestStatus Status,
    string ProposedBy, DateTime ProposedAt, string? DecidedBy, DateTime? DecidedAt, string? DecisionNote, long Version);
