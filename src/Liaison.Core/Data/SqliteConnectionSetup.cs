using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Liaison.Core.Data;

/// <summary>
/// Sets up each native SQLite connection the app opens, once (a pooled connection keeps its settings):
/// <list type="bullet">
/// <item>SQLite itself waits for the write lock (<c>busy_timeout</c>), retrying within milliseconds, instead of
/// Microsoft.Data.Sqlite's managed retry, which sleeps 150 ms per attempt: under concurrent writers that sleep, not
/// the work, was most of a request's latency. The wait is bounded by the connection's own default timeout.</item>
/// <item><c>synchronous = NORMAL</c>, SQLite's recommended setting in WAL mode: a commit is appended to the
/// write-ahead log without an fsync of its own; the log is synced at checkpoints. The database is never corrupted
/// and each transaction (business rows with their audit entries) stays all-or-nothing; what a power cut or OS crash
/// (not an app crash) can lose is the last commits before the latest checkpoint. With FULL every commit held the
/// single write lock across an fsync, and fsync was most of an API write's time on SQLite (interaction-write).</item>
/// <item>For a long-running host (<see cref="WithBackgroundCheckpoints"/>, the web app): no checkpoint on commit; a
/// background job calls <see cref="CheckpointAsync"/> every second instead. Under steady load readers are always
/// active, so the log is never reset, and SQLite's automatic checkpoint (past 1,000 pages) was retried by every
/// commit, each pass walking the whole log: that work on the request path was most of an API write's CPU on SQLite
/// once the audit sealer's updates grew the log (interaction-write). The checkpoint is the same PASSIVE one, only
/// moved off the request path; durability is unchanged (a commit is in the log either way).</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Default = new(backgroundCheckpoints: false);
    public static readonly SqliteConnectionSetup WithBackgroundCheckpoints = new(backgroundCheckpoints: true);

    // Which setup a native connection last had: a process may open the same pool with both (tests host the web app
    // beside CLI-style contexts), and the settings must follow the host that opened it.
    private static readonly ConditionalWeakTable<sqlite3, SqliteConnectionSetup> Prepared = new();

    private readonly bool _backgroundCheckpoints;

    private SqliteConnectionSetup(bool backgroundCheckpoints) => _backgroundCheckpoints = backgroundCheckpoints;

    public static SqliteConnectionSetup For(bool backgroundCheckpoints) => backgroundCheckpoints ? WithBackgroundCheckpoints : Default;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite) return;
        if (Prepared.TryGetValue(handle, out var applied) && ReferenceEquals(applied, this)) return;
        // Both are C calls on the native handle; the synchronous setting has no C API, hence the PRAGMA.
        raw.sqlite3_busy_timeout(handle, Math.Max(1, sqlite.DefaultTimeout) * 1000);
        raw.sqlite3_wal_autocheckpoint(handle, _backgroundCheckpoints ? 0 : 1000);
        using (var command = sqlite.CreateCommand())
        {
            command.CommandText = "PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
        }
        Prepared.AddOrUpdate(handle, this);
    }

    /// <summary>Copies what it can of the log into the database without waiting for readers or writers.</summary>
    public static async Task CheckpointAsync(LiaisonDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", ct);
    }
}
