using Liaison.Core.Data;

namespace Liaison.Core.Directory.Changes;

/// <summary>
/// The seam by which a merge of duplicate HCP records reaches every capability: each capability that stores
/// references to an HCP (interactions, requests, safety cases, transfers of value …) implements this once, and
/// <see cref="MergeHcps"/> calls every implementation (discovered and registered like use cases) inside the merge's
/// transaction before the duplicate is removed. Implementations move their rows from <paramref name="duplicateId"/>
/// to <paramref name="survivorId"/>, resolve clashes with rows the survivor already has, and return what they moved
/// for the audit entry.
/// </summary>
public interface IHcpReferenceMover
{
    /// <summary>A short name for the audit entry ("affiliations", "interactions").</summary>
    string References { get; }

    /// <summary>
    /// The columns whose HCP ids this mover moves, as "table.column". A test reads the EF model and fails when a
    /// column that references an HCP is declared by no mover (and is not part of the record that dies with it).
    /// </summary>
    IReadOnlyList<string> Columns { get; }

    Task<int> MoveAsync(LiaisonDbContext db, Guid duplicateId, Guid survivorId, CancellationToken ct);
}
