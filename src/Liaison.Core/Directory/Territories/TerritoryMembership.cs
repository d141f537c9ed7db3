using Liaison.Core.Data;

namespace Liaison.Core.Directory.Territories;

/// <summary>
/// Who is in a territory, as composable queries over the search projection (one row per HCP with the practice
/// state and ZIP): search filters by <c>territory=</c> and puts an MSL's own territories first with these.
/// </summary>
public static class TerritoryMembership
{
    /// <summary>The HCPs of one territory: its state/ZIP rules over the practice location, plus explicit assignments.</summary>
    public static IQueryable<Guid> HcpIds(LiaisonDbContext db, Guid territoryId) => HcpIds(db, db.Territories.Where(t => t.Id == territoryId));

    /// <summary>The HCPs in any territory owned by this user.</summary>
    public static IQueryable<Guid> OwnedBy(LiaisonDbContext db, string userId) => HcpIds(db, db.Territories.Where(t => t.OwnerUserId == userId));

    public static IQueryable<Guid> HcpIds(LiaisonDbContext db, IQueryable<Territory> territories)
    {
        var ids = territories.Select(t => t.Id);
        var rules = db.TerritoryRules.Where(r => ids.Contains(r.TerritoryId));
        return db.HcpSearchEntries
            .Where(e => rules.Any(r => (r.Kind == TerritoryRuleKind.State && r.Value == e.State)
                                       || (r.Kind == TerritoryRuleKind.Zip && r.Value == e.Zip5)
                                       || (r.Kind == TerritoryRuleKind.ZipPrefix && e.Zip5 != null && e.Zip5.StartsWith(r.Value))))
            .Select(e => e.HcpId)
            .Union(db.TerritoryAssignments.Where(a => ids.Contains(a.TerritoryId)).Select(a => a.HcpId));
    }

    /// <summary>Whether a practice location falls under a rule (the same test, in memory).</summary>
    public static bool Matches(TerritoryRuleKind kind, string value, string? state, string? zip5) => kind switch
    {
        TerritoryRuleKind.State => string.Equals(state, value, StringComparison.OrdinalIgnoreCase),
        TerritoryRuleKind.Zip => zip5 == value,
        _ => zip5 is not null && zip5.StartsWith(value, StringComparison.Ordinal),
    };
}
