using System.Linq.Expressions;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Search;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Territories;

/// <summary>
/// <c>territory=</c> on HCP search: a territory's id or name, or <c>mine</c> for the territories the searching
/// MSL owns. An unknown territory matches nobody, and so does any territory for a role outside the medical side.
/// </summary>
internal sealed class TerritorySearchFilter(LiaisonDbContext db, IActorAccessor actor) : IHcpSearchFilter
{
    public IQueryable<HcpSearchEntry> Apply(IQueryable<HcpSearchEntry> entries, SearchHcps.Query query)
    {
        if (string.IsNullOrWhiteSpace(query.Territory)) return entries;
        if (!Roles.Medical.Any(actor.Current.IsIn)) return entries.Where(_ => false); // the firewall: no territory lists for viewers
        var t = query.Territory.Trim();
        IQueryable<Territory> territories = string.Equals(t, "mine", StringComparison.OrdinalIgnoreCase)
            ? db.Territories.Where(x => x.OwnerUserId == actor.Current.UserId)
            : Guid.TryParse(t, out var id) ? db.Territories.Where(x => x.Id == id) : db.Territories.Where(x => x.Name.ToUpper() == t.ToUpperInvariant());
        return entries.Where(TerritoryMembership.Covers(db, territories));
    }
}

/// <summary>An MSL's own territories come first in HCP search results (other roles, and MSLs without one, own none).</summary>
internal sealed class OwnTerritoryFirst(LiaisonDbContext db, IActorAccessor actor, TerritoryOwners owners) : IHcpSearchPriority
{
    // Asked on every search by an MSL (remembered by TerritoryOwners): compiled, one per provider (a compiled query keeps
    // the first context's executor).
    private static readonly Func<LiaisonDbContext, string, Task<bool>> OwnsOneOnSqlite = OwnsOne(), OwnsOneOnPostgres = OwnsOne();

    public async Task<Expression<Func<HcpSearchEntry, bool>>?> PreferredAsync(CancellationToken ct) =>
        actor.Current is { UserId: { } userId } msl && msl.IsIn(Roles.Msl)
            && await owners.OwnsAsync(userId, () => (db.IsSqlite ? OwnsOneOnSqlite : OwnsOneOnPostgres)(db, userId))
            ? TerritoryMembership.OwnedBy(db, userId)
            : null;

    private static Func<LiaisonDbContext, string, Task<bool>> OwnsOne() =>
        EF.CompileAsyncQuery((LiaisonDbContext db, string userId) => db.Territories.Any(t => t.OwnerUserId == userId));
}
