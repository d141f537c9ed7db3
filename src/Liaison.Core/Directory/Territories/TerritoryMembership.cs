using System.Linq.Expressions;
using Liaison.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Liaison.Core.Directory.Territories;

/// <summary>
/// Who is in a territory, as a condition on the search projection (one row per HCP with the practice state and ZIP):
/// search filters by <c>territory=</c> and puts an MSL's own territories first with it. A condition on each row, not a
/// set of ids: a query weighs only the rows it looks at, where a set would be built over the whole directory first.
/// </summary>
public static class TerritoryMembership
{
    /// <summary>Entries in any of <paramref name="territories"/>: under one of their state/ZIP rules, or assigned by hand.</summary>
    public static Expression<Func<HcpSearchEntry, bool>> Covers(LiaisonDbContext db, IQueryable<Territory> territories)
    {
        var (underARule, assigned) = Parts(db, territories);
        var entry = underARule.Parameters[0];
        var byHand = ReplacingExpressionVisitor.Replace(assigned.Parameters[0],
            Expression.Property(entry, nameof(HcpSearchEntry.HcpId)), assigned.Body);
        return Expression.Lambda<Func<HcpSearchEntry, bool>>(Expression.OrElse(underARule.Body, byHand), entry);
    }

    /// <summary>Entries in the territories this user owns.</summary>
    public static Expression<Func<HcpSearchEntry, bool>> OwnedBy(LiaisonDbContext db, string userId) =>
        Covers(db, db.Territories.Where(t => t.OwnerUserId == userId));

    /// <summary>
    /// Entries in the territories this user owns, for reading a whole territory (counting, listing): the rules are read
    /// first, so the condition becomes index lookups the planner can union (state, ZIP, ZIP range, assigned HCP) instead
    /// of the correlated rule test on every entry of the directory.
    /// </summary>
    public static async Task<Expression<Func<HcpSearchEntry, bool>>> OwnedByAsync(LiaisonDbContext db, string userId, CancellationToken ct)
    {
        var ids = db.Territories.Where(t => t.OwnerUserId == userId).Select(t => t.Id);
        var rules = await db.TerritoryRules.Where(r => ids.Contains(r.TerritoryId)).Select(r => new { r.Kind, r.Value }).ToListAsync(ct);
        var states = rules.Where(r => r.Kind == TerritoryRuleKind.State).Select(r => r.Value).Distinct().ToList();
        var zips = rules.Where(r => r.Kind == TerritoryRuleKind.Zip).Select(r => r.Value).Distinct().ToList();
        var assigned = db.TerritoryAssignments.Where(a => ids.Contains(a.TerritoryId)).Select(a => a.HcpId);
        Expression<Func<HcpSearchEntry, bool>> members = e => assigned.Contains(e.HcpId);
        if (states.Count > 0) members = Or(members, e => states.Contains(e.State!));
        if (zips.Count > 0) members = Or(members, e => zips.Contains(e.Zip5!));
        foreach (var prefix in rules.Where(r => r.Kind == TerritoryRuleKind.ZipPrefix).Select(r => r.Value).Distinct())
        {
            // The prefix's range serves the ZIP index (LIKE does not on SQLite); StartsWith keeps the test exact.
            var from = prefix;
            members = NextPrefix(prefix) is { } to
                ? Or(members, e => string.Compare(e.Zip5, from) >= 0 && string.Compare(e.Zip5, to) < 0 && e.Zip5!.StartsWith(from))
                : Or(members, e => string.Compare(e.Zip5, from) >= 0 && e.Zip5!.StartsWith(from));
        }
        return members;
    }

    /// <summary>The smallest digit string after every string starting with <paramref name="prefix"/> ("021" → "022", "19" → "2"); null past "9…".</summary>
    internal static string? NextPrefix(string prefix)
    {
        var digits = prefix.TrimEnd('9');
        return digits.Length == 0 || !char.IsAsciiDigit(digits[^1]) ? null : digits[..^1] + (char)(digits[^1] + 1);
    }

    private static Expression<Func<HcpSearchEntry, bool>> Or(Expression<Func<HcpSearchEntry, bool>> a, Expression<Func<HcpSearchEntry, bool>> b) =>
        Expression.Lambda<Func<HcpSearchEntry, bool>>(
            Expression.OrElse(a.Body, ReplacingExpressionVisitor.Replace(b.Parameters[0], a.Parameters[0], b.Body)), a.Parameters[0]);

    /// <summary>
    /// The same membership asked of one HCP by id (an attendee, a recipient): assigned by hand, or with a search entry
    /// under a rule. Two index lookups per HCP, never the territories' whole membership.
    /// </summary>
    public static Expression<Func<Guid, bool>> IncludesHcpOwnedBy(LiaisonDbContext db, string userId)
    {
        var (underARule, assigned) = Parts(db, db.Territories.Where(t => t.OwnerUserId == userId));
        var entriesUnderARule = db.HcpSearchEntries.Where(underARule);
        var hcpId = assigned.Parameters[0];
        Expression<Func<Guid, bool>> hasEntryUnderARule = id => entriesUnderARule.Any(e => e.HcpId == id);
        var viaRule = ReplacingExpressionVisitor.Replace(hasEntryUnderARule.Parameters[0], hcpId, hasEntryUnderARule.Body);
        return Expression.Lambda<Func<Guid, bool>>(Expression.OrElse(assigned.Body, viaRule), hcpId);
    }

    // The firewall-relevant rule, written once: a territory's state, ZIP and ZIP-prefix rules over the practice
    // location, and its explicit assignments.
    private static (Expression<Func<HcpSearchEntry, bool>> UnderARule, Expression<Func<Guid, bool>> Assigned) Parts(
        LiaisonDbContext db, IQueryable<Territory> territories)
    {
        var ids = territories.Select(t => t.Id);
        var rules = db.TerritoryRules.Where(r => ids.Contains(r.TerritoryId));
        var assignments = db.TerritoryAssignments.Where(a => ids.Contains(a.TerritoryId));
        return (e => rules.Any(r => (r.Kind == TerritoryRuleKind.State && r.Value == e.State)
                                    || (r.Kind == TerritoryRuleKind.Zip && r.Value == e.Zip5)
                                    || (r.Kind == TerritoryRuleKind.ZipPrefix && e.Zip5 != null && e.Zip5.StartsWith(r.Value))),
            hcpId => assignments.Any(a => a.HcpId == hcpId));
    }

    /// <summary>Whether a practice location falls under a rule (the same test, in memory).</summary>
    public static bool Matches(TerritoryRuleKind kind, string value, string? state, string? zip5) => kind switch
    {
        TerritoryRuleKind.State => string.Equals(state, value, StringComparison.OrdinalIgnoreCase),
        TerritoryRuleKind.Zip => zip5 == value,
        _ => zip5 is not null && zip5.StartsWith(value, StringComparison.Ordinal),
    };
}
