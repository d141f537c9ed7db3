namespace Liaison.Core.Directory.Search;

/// <summary>
/// A capability's say in the order of HCP search results: the HCPs it names come first (an MSL's own territory),
/// relevance deciding within each group. Registered in DI as <see cref="IHcpSearchPriority"/>.
/// </summary>
public interface IHcpSearchPriority
{
    /// <summary>The HCPs to put first for the current actor, or null for no preference.</summary>
    IQueryable<Guid>? Preferred();
}
