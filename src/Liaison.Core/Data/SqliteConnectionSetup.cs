using System.Collections.Concurrent;
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
/// active, and SQLite's automatic checkpoint (past 1,000 pages) was retried by every commit, each pass walking the
/// whole log: that work on the request path was most of an API write's CPU on SQLite (interaction-write). The
/// background checkpoint also restarts the log, which SQLite's own never managed under steady load (see there);
/// durability is unchanged (a commit is in the log either way). Its log file keeps its size while writes go on and is
/// cut back once they pause (see there).</item>
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
        raw.sqlite3_busy_timeout(handle, (int)LockWait(sqlite).TotalMilliseconds);
        raw.sqlite3_wal_autocheckpoint(handle, _backgroundCheckpoints ? 0 : 1000);
        using (var command = sqlite.CreateCommand())
        {
            command.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = {(_backgroundCheckpoints ? -1 : LogSizeLimit)};";
            command.ExecuteNonQuery();
        }
        Prepared.AddOrUpdate(handle, this);
    }

    /// <summary>How long a connection waits for the write lock (SQLite's busy timeout, the write gate): its default timeout.</summary>
    internal static TimeSpan LockWait(SqliteConnection connection) => TimeSpan.FromSeconds(Math.Max(1, connection.DefaultTimeout));

    /// <summary>
    /// The size the log file is cut back to when it starts again, for connections without the background checkpointer
    /// (the command line): a burst (a bulk import) leaves no file of its own size behind (SQLite's default keeps it).
    /// </summary>
    public const long LogSizeLimit = 64L << 20;

    /// <summary>Log size (pages) past which the checkpoint also starts the log again from its beginning (SQLite's own mark).</summary>
    private const long RestartAbove = 1000;

    /// <summary>
    /// Copies the log into the database beside running writers; past <see cref="RestartAbove"/> pages, also starts the
    /// log again from its beginning while this process's writers wait at the <see cref="SqliteWriteGate"/> (for the
    /// readers still on the log, usually a millisecond). A writer restarts a fully copied log by itself only if no
    /// reader is on it, which under steady load never happens: the log then grew for as long as the load lasted (10 GB
    /// in a minute of interaction-write), every write extending the file. The restart waits at most 100 ms for readers
    /// (a long report is not waited for; the next second tries again).
    /// <para>
    /// The log file itself is cut to nothing only once writes pause (a whole interval without a new page, everything
    /// copied), not at every restart: cutting a file that a second of writes had grown to 160 MB and growing it again
    /// stalled every writer for about 100 ms once a second (interaction-write: p99 115 ms with the cut at every
    /// restart, 67 ms without). Under load the file stays the size of one interval's writes.
    /// </para>
    /// </summary>
    public static async Task CheckpointAsync(LiaisonDbContext db, CancellationToken ct)
    {
        if (!db.IsSqlite) return;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var (log, copied) = Checkpoint(connection, "PASSIVE");
            var quiet = log > 0 && copied == log && LastLogSize.TryGetValue(connection.DataSource, out var last) && last == log;
            LastLogSize[connection.DataSource] = log;
            if (!quiet && log < RestartAbove) return;
            await SqliteWriteGate.RunExclusiveAsync(connection.DataSource, () =>
            {
                raw.sqlite3_busy_timeout(connection.Handle, 100);
                try { Checkpoint(connection, quiet ? "TRUNCATE" : "RESTART"); }
                finally { raw.sqlite3_busy_timeout(connection.Handle, (int)LockWait(connection).TotalMilliseconds); }
                return Task.CompletedTask;
            }, ct);
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>The log's size at the last background checkpoint of each database file: unchanged means writes paused.</summary>
    private static readonly ConcurrentDictionary<string, long> LastLogSize = new(StringComparer.Ordinal);

    /// <summary>A checkpoint; answers the log's size and how much of it is copied, in pages (-1 when not in WAL mode).</summary>
    private static (long Log, long Copied) Checkpoint(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        // busy, pages in the log, pages copied
        return reader.Read() ? (reader.GetInt64(1), reader.GetInt64(2)) : (-1, -1);
    }
}
