using System.Linq.Expressions;

namespace Liaison.Core.Directory.Search;

/// <summary>
/// A capability's say in the order of HCP search results: the HCPs it names come first (an MSL's own territory),
/// relevance deciding within each group. Registered in DI as <see cref="IHcpSearchPriority"/>.
/// </summary>
public interface IHcpSearchPriority
{
    /// <summary>
    /// Which search entries to put first for the current actor, or null for no preference (then ranking costs nothing):
    /// a condition on the entry, so that only the rows a search ranks are weighed.
    /// </summary>
    Task<Expression<Func<HcpSearchEntry, bool>>?> PreferredAsync(CancellationToken ct);
}
