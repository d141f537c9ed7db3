using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Liaison.Core.Directory.Search;

namespace Liaison.Core.Directory.Influence;

/// <summary>
/// <c>tier=T1</c> (or <c>tier=T1,T2</c>) on HCP search: only HCPs with that influence tier. Tiers are HCP-level KOL
/// evidence: outside the medical side of the firewall the filter matches nobody.
/// </summary>
internal sealed class TierSearchFilter(LiaisonDbContext db, IActorAccessor actor) : IHcpSearchFilter
{
    public IQueryable<HcpSearchEntry> Apply(IQueryable<HcpSearchEntry> entries, SearchHcps.Query query)
    {
        if (string.IsNullOrWhiteSpace(query.Tier)) return entries;
        if (!Roles.Medical.Any(actor.Current.IsIn)) return entries.Where(_ => false);
        var tiers = query.Tier.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToUpperInvariant()).ToList();
        var ids = db.InfluenceScores.Where(s => tiers.Contains(s.Tier)).Select(s => s.HcpId);
        return entries.Where(e => ids.Contains(e.HcpId));
    }
}
