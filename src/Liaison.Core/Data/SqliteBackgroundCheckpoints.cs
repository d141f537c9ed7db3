using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Core.Data;

/// <summary>
/// For a long-running host (the web app): its SQLite connections do not checkpoint the write-ahead log on commit;
/// a background job calls <see cref="CheckpointAsync"/> every second instead. Under steady load readers are always
/// active, so the log is never reset, and SQLite's automatic checkpoint (past 1,000 pages) was retried by every
/// commit, each pass walking the whole log: that work on the request path was most of an API write's CPU on SQLite
/// once the audit sealer's updates grew the log (interaction-write). The checkpoint is the same PASSIVE one, only
/// moved off the request path; durability is unchanged (a commit is in the log either way).
/// </summary>
public sealed class SqliteBackgroundCheckpoints : DbConnectionInterceptor
{
    public static readonly SqliteBackgroundCheckpoints Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) SQLitePCL.raw.sqlite3_wal_autocheckpoint(handle, 0);
    }

    /// <summary>Copies what it can of the log into the database without waiting for readers or writers.</summary>
    public static async Task CheckpointAsync(LiaisonDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", ct);
    }
}
