using System.Linq.Expressions;
using Liaison.Core.Data;

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
        var ids = territories.Select(t => t.Id);
        var rules = db.TerritoryRules.Where(r => ids.Contains(r.TerritoryId));
        var assigned = db.TerritoryAssignments.Where(a => ids.Contains(a.TerritoryId));
        return e => rules.Any(r => (r.Kind == TerritoryRuleKind.State && r.Value == e.State)
                                   || (r.Kind == TerritoryRuleKind.Zip && r.Value == e.Zip5)
                                   || (r.Kind == TerritoryRuleKind.ZipPrefix && e.Zip5 != null && e.Zip5.StartsWith(r.Value)))
                    || assigned.Any(a => a.HcpId == e.HcpId);
    }

    /// <summary>Entries in the territories this user owns.</summary>
    public static Expression<Func<HcpSearchEntry, bool>> OwnedBy(LiaisonDbContext db, string userId) =>
        Covers(db, db.Territories.Where(t => t.OwnerUserId == userId));

    /// <summary>Whether a practice location falls under a rule (the same test, in memory).</summary>
    public static bool Matches(TerritoryRuleKind kind, string value, string? state, string? zip5) => kind switch
    {
        TerritoryRuleKind.State => string.Equals(state, value, StringComparison.OrdinalIgnoreCase),
        TerritoryRuleKind.Zip => zip5 == value,
        _ => zip5 is not null && zip5.StartsWith(value, StringComparison.Ordinal),
    };
}
