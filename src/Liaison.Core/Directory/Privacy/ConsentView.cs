namespace Liaison.Core.Directory.Privacy;

public sealed record ConsentView(Guid Id, Guid HcpId, ConsentChannel Channel, ConsentPurpose Purpose, string Source,
    DateOnly GivenOn, DateOnly? ExpiresOn, DateOnly? WithdrawnOn, string? WithdrawalNote, string RecordedBy, DateTime RecordedAt,
    bool InForce, long Version);
