namespace Liaison.Core.Compliance.Audit;

/// <summary>A change waiting to be chained into the trail: everything of an entry but its place and hash.</summary>
public sealed record AuditChange(
    string Entity,
    string EntityKey,
    string Action,
    string? OldValues,
    string? NewValues,
    string? Reason = null);
