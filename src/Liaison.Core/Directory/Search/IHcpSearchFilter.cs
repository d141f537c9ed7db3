namespace Liaison.Core.Directory.Search;

/// <summary>
/// A capability's filter on HCP search (KOL tier, territory ...): applied when its parameter is set. Implementations
/// are registered in DI (as <see cref="IHcpSearchFilter"/>) by the capability that owns the data.
/// </summary>
public interface IHcpSearchFilter
{
    IQueryable<HcpSearchEntry> Apply(IQueryable<HcpSearchEntry> entries, SearchHcps.Query query);
}
