using Liaison.Core.Compliance.Audit;
using Liaison.Core.Directory.Registry;

namespace Liaison.Core.Directory.Import;

/// <summary>
/// An engine's set-based write path for directory imports (raw SQLite statements, PostgreSQL binary COPY). Each
/// commit also moves the run's checkpoint, so a killed import resumes exactly.
/// </summary>
internal interface IDirectoryStore : IAsyncDisposable
{
    Task BeginAsync(CancellationToken ct);
    /// <summary>The people (or organisations) of the directory with these NPIs / external identities.</summary>
    Task<Dictionary<string, ExistingProvider>> FindAsync(IReadOnlyList<ProviderRecord> records, bool organisations, CancellationToken ct);
    Task InsertAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct);
    Task UpdateAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct);
    Task SetDeactivationAsync(IReadOnlyList<(Guid Id, ProviderRecord Record)> records, bool organisations, DateTime now, CancellationToken ct);
    /// <summary>
    /// The nameless person records (<see cref="NamelessRecords"/>) of these NPIs, with what refers to each, locked for the
    /// transaction where the engine can lock rows (so nothing comes to refer to one before it is replaced).
    /// </summary>
    Task<Dictionary<string, NamelessRecord>> FindNamelessAsync(IReadOnlyList<string> npis, CancellationToken ct);
    /// <summary>Deletes nameless records that organisations replace, and their own rows.</summary>
    Task RemoveNamelessAsync(IReadOnlyList<Guid> ids, CancellationToken ct);
    /// <summary>Writes audit entries for changes of the open transaction, as the store's actor; they commit or roll back with it.</summary>
    Task RecordAuditAsync(IReadOnlyList<AuditChange> changes, DateTime now, CancellationToken ct);
    Task SaveCheckpointAsync(ImportRun run, CancellationToken ct);

    /// <summary>The secondary practice locations (<see cref="AddressKind.Other"/> addresses) of these HCPs (or organisations), by owner; an owner with none is absent.</summary>
    Task<Dictionary<Guid, List<AddressRecord>>> FindSecondaryLocationsAsync(IReadOnlyCollection<Guid> owners, bool organisations, CancellationToken ct);

    /// <summary>Replaces the secondary practice locations of these HCPs (or organisations) with the ones given, and marks each owner changed.</summary>
    Task ReplaceSecondaryLocationsAsync(IReadOnlyList<(Guid Owner, IReadOnlyList<AddressRecord> Locations)> owners, bool organisations,
        DateTime now, CancellationToken ct);

    /// <summary>The HCPs of the directory with these NPIs, by NPI (an NPI it does not hold is absent).</summary>
    Task<Dictionary<string, Guid>> FindHcpIdsAsync(IReadOnlyCollection<string> npis, CancellationToken ct);

    /// <summary>The organisations these keys name, by key (a key naming none is absent).</summary>
    Task<Dictionary<OrganisationKey, Guid>> FindOrganisationIdsAsync(IReadOnlyCollection<OrganisationKey> keys, CancellationToken ct);

    /// <summary>The declared affiliations of these HCP ↔ organisation pairs, by pair.</summary>
    Task<Dictionary<(Guid Hcp, Guid Organisation), DeclaredAffiliation>> FindDeclaredAffiliationsAsync(
        IReadOnlyCollection<(Guid Hcp, Guid Organisation)> pairs, CancellationToken ct);

    /// <summary>Inserts declared affiliations of pairs that have none.</summary>
    Task InsertAffiliationsAsync(IReadOnlyList<DeclaredAffiliation> links, DirectorySource source, DateTime now, CancellationToken ct);

    /// <summary>Rewrites the role, role code and external id of declared affiliations, by id.</summary>
    Task UpdateAffiliationsAsync(IReadOnlyList<DeclaredAffiliation> links, CancellationToken ct);

    /// <summary>
    /// Gives each HCP that has no specialty the NUCC code a role declares (a FHIR Practitioner carries none of its own: its
    /// specialty is on its PractitionerRole); an HCP with a specialty keeps it. Each HCP is given once.
    /// </summary>
    Task AdoptSpecialtiesAsync(IReadOnlyList<(Guid HcpId, string NuccCode)> adoptions, CancellationToken ct);

    /// <summary>
    /// Records what run <paramref name="runId"/>'s resources are imported under, by reference (<see cref="ImportReference"/>):
    /// one row per reference, a later import under it replacing the earlier (last import wins).
    /// </summary>
    Task SaveReferencesAsync(Guid runId, IReadOnlyList<ImportedReference> references, CancellationToken ct);

    /// <summary>What the imports so far (this run's committed batches and earlier runs) recorded for these references, by reference (one none recorded is absent).</summary>
    Task<Dictionary<string, ImportedReference>> FindReferencesAsync(IReadOnlyCollection<string> references, CancellationToken ct);

    /// <summary>
    /// Prepares this connection for a bulk load and, in the open transaction, drops the <see cref="SuspendedSearchIndexes"/>
    /// after recording their definitions.
    /// </summary>
    Task SuspendSearchIndexesAsync(CancellationToken ct);

    /// <summary>In the open transaction: rebuilds whatever a bulk load suspended, if anything is suspended.</summary>
    Task<bool> RestoreSearchIndexesAsync(CancellationToken ct);

    /// <summary>
    /// After a load's last commit, outside a transaction: whatever the engine needs for searches (and the queries that
    /// follow the load) to be as fast right after it as later. <paramref name="written"/> is how many providers the load
    /// inserted or changed; <paramref name="bulk"/> says it rebuilt suspended indexes.
    /// </summary>
    Task RefreshAfterLoadAsync(long written, bool bulk, CancellationToken ct);

    /// <summary>Commits; <paramref name="durable"/> waits until the commit (and all before it) is on disk.</summary>
    Task CommitAsync(CancellationToken ct, bool durable = false);

    /// <summary>The number of providers (HCPs and organisations) the directory holds, about.</summary>
    Task<long> ProviderCountAsync(CancellationToken ct);
}

internal static class ProviderKey
{
    /// <summary>How a record is matched: by NPI, else by its external identity.</summary>
    public static string Of(ProviderRecord r) => r.Npi ?? $"{r.ExternalSystem}|{r.ExternalId}";
}
