using Liaison.Core.Common;

namespace Liaison.Core.Directory.Profile;

/// <summary>
/// A section of the HCP profile contributed by a capability (KOL evidence, interactions, insights, requests,
/// transfers of value, consent). Registered in DI as <see cref="IHcpProfileSection"/>; the profile page and
/// <c>GET /api/v1/hcps/{id}</c> list every section the actor may see, in <see cref="Order"/>.
/// </summary>
public interface IHcpProfileSection
{
    /// <summary>Stable key, used as the JSON property and the page anchor: "kol-evidence", "interactions".</summary>
    string Key { get; }
    string Title { get; }
    int Order { get; }
    /// <summary>
    /// HCP-level medical data (interactions, notes, requests, insights with their source): withheld from roles
    /// outside the medical side of the firewall (the cross-functional viewer).
    /// </summary>
    bool IsMedical { get; }
    /// <summary>The section's content for one HCP, serialisable as JSON; null when it has nothing to show.</summary>
    Task<object?> LoadAsync(Guid hcpId, Actor actor, CancellationToken ct);
}
