using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Liaison.Core.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Liaison.Core.Compliance.Audit;

/// <summary>Turns the change tracker's pending inserts, updates and deletes into audit changes.</summary>
internal static class ChangeCapture
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    // Attribute lookups by reflection on every entry and property of every save were a visible part of a write's CPU.
    private static readonly ConcurrentDictionary<Type, bool> Audited = new();
    private static readonly ConcurrentDictionary<PropertyInfo, bool> Redacted = new();

    /// <param name="action">The action changes to existing rows are recorded as ("Sign", "Amend"...); "Update" when null.</param>
    public static List<AuditChange> Capture(ChangeTracker tracker, string? reason, string? action = null)
    {
        var changes = new List<AuditChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var clr = entry.Metadata.ClrType;
            if (!Audited.GetOrAdd(clr, t => t.GetCustomAttribute<NotAuditedAttribute>() is null && t != typeof(DataProtectionKey)))
                continue;

            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Convert.ToString(entry.Property(p).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
            var entity = entry.Metadata.ShortName();
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add(new(entity, key, "Insert", null, Serialise(entry, p => p.CurrentValue, _ => true), reason));
                    break;
                case EntityState.Deleted:
                    changes.Add(new(entity, key, "Delete", Serialise(entry, p => p.OriginalValue, _ => true), null, reason));
                    break;
                default:
                    // Concurrency tokens (Version, Identity's ConcurrencyStamp) change on every save: they are not news.
                    bool Changed(PropertyEntry p) =>
                        p.IsModified && !p.Metadata.IsConcurrencyToken && !Equals(p.OriginalValue, p.CurrentValue);
                    if (!entry.Properties.Any(Changed)) continue;
                    changes.Add(new(entity, key, action ?? "Update",
                        Serialise(entry, p => p.OriginalValue, Changed), Serialise(entry, p => p.CurrentValue, Changed), reason));
                    break;
            }
        }
        return changes;
    }

    private static string Serialise(EntityEntry entry, Func<PropertyEntry, object?> value, Func<PropertyEntry, bool> include)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in entry.Properties)
        {
            if (!include(p)) continue;
            var redacted = p.Metadata.PropertyInfo is { } info
                && Redacted.GetOrAdd(info, i => i.GetCustomAttribute<AuditRedactedAttribute>() is not null);
            values[p.Metadata.Name] = redacted ? "[redacted]" : value(p);
        }
        return JsonSerializer.Serialize(values, Json);
    }
}
