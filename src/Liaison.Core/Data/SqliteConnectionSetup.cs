using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Liaison.Core.Data;

/// <summary>
/// Sets up each SQLite connection the app opens:
/// <list type="bullet">
/// <item>SQLite itself waits for the write lock (<c>busy_timeout</c>), retrying within milliseconds, instead of
/// Microsoft.Data.Sqlite's managed retry, which sleeps 150 ms per attempt: under concurrent writers that sleep, not
/// the work, was most of a request's latency. The wait is bounded by the connection's own default timeout.</item>
/// <item><c>synchronous = NORMAL</c>, SQLite's recommended setting in WAL mode: a commit is appended to the
/// write-ahead log without an fsync of its own; the log is synced at checkpoints. The database is never corrupted
/// and each transaction (business rows with their audit entries) stays all-or-nothing; what a power cut or OS crash
/// (not an app crash) can lose is the last commits before the latest checkpoint. With FULL every commit held the
/// single write lock across an fsync, and fsync was most of an API write's time on SQLite (interaction-write).</item>
/// </list>
/// The busy timeout is a C call, not a PRAGMA statement (EF opens the connection for each query); the synchronous
/// PRAGMA runs once per pooled native connection.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite) return;
        raw.sqlite3_busy_timeout(handle, Math.Max(1, sqlite.DefaultTimeout) * 1000);
        if (Prepared.TryGetValue(handle, out _)) return;
        using (var command = sqlite.CreateCommand())
        {
            command.CommandText = "PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
        }
        Prepared.AddOrUpdate(handle, Instance);
    }
}
