namespace Liaison.Core.Common;

/// <summary>
/// Excludes an entity type from the audit trail. Only for the trail itself and for bookkeeping rows
/// (import checkpoints) whose every change is already summarised by an audit entry of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>A property whose value never enters the audit trail (password hashes, token hashes).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditRedactedAttribute : Attribute;
