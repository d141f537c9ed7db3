namespace Liaison.Core.Directory.Territories;

public sealed record TerritoryView(Guid Id, string Name, string? Description, string? OwnerUserId, string? OwnerName,
    IReadOnlyList<TerritoryRuleView> Rules, int AssignedHcps, long Version);

public sealed record TerritoryRuleView(TerritoryRuleKind Kind, string Value);
