using Liaison.Core.Data;

namespace Liaison.Core.Directory.Privacy;

/// <summary>
/// The seam by which a data-subject export and an erasure reach every capability holding personal data about an
/// HCP. Each capability implements it once (discovered and registered like use cases). <see cref="ExportAsync"/>
/// returns the capability's section of <c>GET /api/v1/hcps/{id}/export</c>; <see cref="EraseAsync"/> deletes or
/// pseudonymises the capability's personal data inside the erasure's transaction, and must leave regulatory
/// records (safety cases, transfers of value) in place and linked to the same HCP id.
/// </summary>
public interface IHcpPersonalData
{
    /// <summary>The export's property name for this section ("consents", "interactions").</summary>
    string Section { get; }

    Task<object?> ExportAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct);

    /// <summary>Returns how many rows were deleted or pseudonymised, for the erasure's audit entry.</summary>
    Task<int> EraseAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct);

    /// <summary>The ids of this section's records about the person: the export adds their audit-trail entries.</summary>
    Task<List<Guid>> RecordIdsAsync(LiaisonDbContext db, Guid hcpId, CancellationToken ct) => Task.FromResult(new List<Guid>());
}
