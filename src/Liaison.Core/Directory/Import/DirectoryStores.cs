using Liaison.Core.Common;

namespace Liaison.Core.Directory.Import;

/// <summary>Opens the directory store of the workspace's engine: the import's, and the start-up rebuild of suspended indexes.</summary>
internal static class DirectoryStores
{
    /// <param name="references">The columns that reference an HCP (<see cref="NamelessRecords"/>); none for a store that replaces no record.</param>
    /// <param name="actor">Who the audit entries the store writes name.</param>
    public static async Task<IDirectoryStore> OpenAsync(bool sqlite, string connectionString, IReadOnlyList<HcpReference> references,
        Actor actor, CancellationToken ct) =>
        sqlite
            ? await SqliteDirectoryStore.OpenAsync(connectionString, references, actor, ct)
            : await PostgresDirectoryStore.OpenAsync(connectionString, references, actor, ct);
}
