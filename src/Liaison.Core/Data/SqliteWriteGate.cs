using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Core.Data;

/// <summary>
/// Queues this process's SQLite write transactions for a database file in order, before SQLite's own lock.
/// <para>
/// SQLite has one writer at a time; a connection that finds the lock taken sleeps in its busy handler (1, 2, 5, 10,
/// … up to 100 ms) and tries again. Under concurrent API writes the lock was mostly free while its waiters slept:
/// half the machine idle, p99 in the hundreds of milliseconds (interaction-write). Here a waiter queues on an async
/// semaphore and gets the lock the moment the previous transaction ends. EF's transactions on SQLite are
/// <c>BEGIN IMMEDIATE</c> (the write lock is taken at the start), so holding the gate for the transaction is exact.
/// Other processes (the CLI beside the web app) still meet at SQLite's lock through <c>busy_timeout</c>.
/// </para>
/// <para>
/// The gate is released when the transaction commits, rolls back or fails, or when its connection closes (a
/// transaction disposed without either); a connection that holds it passes straight through (a retried save on the
/// same open connection). A wait longer than the connection's timeout goes on to SQLite's own lock rather than fail.
/// </para>
/// </summary>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<DbConnection, Hold> Holds = new();

    private SqliteWriteGate()
    {
    }

    /// <summary>Runs <paramref name="work"/> while no transaction of this process writes to the file (the checkpointer).</summary>
    public static async Task RunExclusiveAsync(string dataSource, Func<Task> work, CancellationToken ct)
    {
        var gate = GateFor(dataSource);
        await gate.WaitAsync(ct);
        try { await work(); }
        finally { gate.Release(); }
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        if (Claim(connection) is { } hold && !hold.Gate.Wait(Timeout(connection))) hold.Held = false;
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken ct = default)
    {
        if (Claim(connection) is { } hold)
        {
            try
            {
                if (!await hold.Gate.WaitAsync(Timeout(connection), ct)) hold.Held = false;
            }
            catch
            {
                hold.Held = false;
                throw;
            }
        }
        return result;
    }

    public void TransactionCommitted(DbConnection connection, TransactionEndEventData eventData) => Release(connection);

    public Task TransactionCommittedAsync(DbConnection connection, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbConnection connection, TransactionEndEventData eventData) => Release(connection);

    public Task TransactionRolledBackAsync(DbConnection connection, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbConnection connection, TransactionErrorEventData eventData) => Release(connection);

    public Task TransactionFailedAsync(DbConnection connection, TransactionErrorEventData eventData, CancellationToken ct = default)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    /// <summary>The hold to wait on, or null when this connection holds the gate already or is not SQLite.</summary>
    private static Hold? Claim(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return null;
        var hold = Holds.GetValue(connection, _ => new Hold(GateFor(sqlite.DataSource)));
        lock (hold)
        {
            if (hold.Held) return null;
            hold.Held = true;
        }
        return hold;
    }

    private static void Release(DbConnection connection)
    {
        if (!Holds.TryGetValue(connection, out var hold)) return;
        lock (hold)
        {
            if (!hold.Held) return;
            hold.Held = false;
        }
        hold.Gate.Release();
    }

    private static TimeSpan Timeout(DbConnection connection) =>
        TimeSpan.FromSeconds(Math.Max(1, ((SqliteConnection)connection).DefaultTimeout));

    private static SemaphoreSlim GateFor(string dataSource) =>
        Gates.GetOrAdd(IsFile(dataSource) ? Path.GetFullPath(dataSource) : dataSource, _ => new SemaphoreSlim(1, 1));

    private static bool IsFile(string dataSource) =>
        dataSource.Length > 0 && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal);

    private sealed class Hold(SemaphoreSlim gate)
    {
        public SemaphoreSlim Gate { get; } = gate;
        public bool Held { get; set; }
    }
}
