using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

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
/// The gate is released when the transaction commits, rolls back or fails, or when its connection closes; a connection
/// that holds it passes straight through (a retried save on the same open connection). A transaction disposed without
/// a commit or rollback raises no event: while writers wait, the gate frees such a hold itself once the holder's
/// connection is back in autocommit (no transaction) for more than a moment. The gate only orders writers — SQLite's lock still decides —
/// so a wait longer than the connection's timeout goes on to SQLite's own lock rather than fail.
/// </para>
/// </summary>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    /// <summary>How often, while writers wait, the gate looks whether the holder's transaction is over without having said so.</summary>
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(50);

    /// <summary>A hold this old whose connection has no transaction is a transaction that ended unannounced.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMilliseconds(200);

    private static readonly ConcurrentDictionary<string, Gate> Gates = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<DbConnection, Hold> Holds = new();
    private static readonly ConditionalWeakTable<DbTransaction, Hold> Transactions = new();

    private SqliteWriteGate()
    {
    }

    /// <summary>
    /// Runs <paramref name="work"/> while no transaction of this process writes to the file (the checkpointer); skips it
    /// when the gate is not free within 30 seconds.
    /// </summary>
    public static async Task RunExclusiveAsync(string dataSource, Func<Task> work, CancellationToken ct)
    {
        var hold = new Hold(GateFor(dataSource), null) { State = HoldState.Waiting };
        if (!await hold.Gate.EnterAsync(hold, TimeSpan.FromSeconds(30), ct)) return;
        try { await work(); }
        finally { Release(hold); }
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        if (Claim(connection) is { } hold) hold.Gate.Enter(hold, SqliteConnectionSetup.LockWait((SqliteConnection)connection));
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken ct = default)
    {
        if (Claim(connection) is { } hold) await hold.Gate.EnterAsync(hold, SqliteConnectionSetup.LockWait((SqliteConnection)connection), ct);
        return result;
    }

    // EF names the transaction, not its connection, when one ends (and Microsoft.Data.Sqlite forgets the connection of a
    // committed transaction): each transaction is mapped to its connection's hold when it starts. (These once took the
    // connection, which made them methods of their own rather than the interface's: EF never called them, and every
    // hold lasted until its connection closed, most of a request.)
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Track(connection, result);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken ct = default)
    {
        Track(connection, result);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(transaction, eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Release(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(transaction, eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Release(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(transaction, eventData);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken ct = default)
    {
        Release(transaction, eventData);
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

    /// <summary>The hold to enter the gate with, or null when this connection holds it already or is not SQLite.</summary>
    private static Hold? Claim(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return null;
        var hold = Holds.GetValue(connection, _ => new Hold(GateFor(sqlite.DataSource), sqlite));
        lock (hold)
        {
            if (hold.State != HoldState.Free) return null;
            hold.State = HoldState.Waiting;
        }
        return hold;
    }

    /// <summary>Whether the connection holds its file's gate now (for tests).</summary>
    internal static bool IsHeldBy(DbConnection connection) =>
        Holds.TryGetValue(connection, out var hold) && hold.State == HoldState.Owning;

    private static void Track(DbConnection connection, DbTransaction transaction)
    {
        if (Holds.TryGetValue(connection, out var hold)) Transactions.AddOrUpdate(transaction, hold);
    }

    /// <summary>Frees the hold of the transaction's connection (a transaction that failed to start has none: its context's).</summary>
    private static void Release(DbTransaction? transaction, TransactionEventData eventData)
    {
        if (transaction is not null && Transactions.TryGetValue(transaction, out var hold))
        {
            Transactions.Remove(transaction);
            Release(hold);
        }
        else if (eventData.Context?.Database.GetDbConnection() is { } connection) Release(connection);
    }

    private static void Release(DbConnection connection)
    {
        if (Holds.TryGetValue(connection, out var hold)) Release(hold);
    }

    private static void Release(Hold hold)
    {
        lock (hold)
        {
            if (hold.State != HoldState.Owning) return;
            hold.State = HoldState.Free;
        }
        hold.Gate.Exit(hold);
    }

    private static Gate GateFor(string dataSource) =>
        Gates.GetOrAdd(IsFile(dataSource) ? Path.GetFullPath(dataSource) : dataSource, _ => new Gate());

    private static bool IsFile(string dataSource) =>
        dataSource.Length > 0 && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal);

    private enum HoldState
    {
        Free,
        Waiting,
        Owning,
    }

    /// <summary>A connection's claim on its file's gate (one per connection; the checkpointer makes its own).</summary>
    private sealed class Hold(Gate gate, SqliteConnection? connection)
    {
        public Gate Gate { get; } = gate;
        public SqliteConnection? Connection { get; } = connection;
        public HoldState State { get; set; }
        public long Since { get; set; }
    }

    private sealed class Gate
    {
        private readonly SemaphoreSlim _semaphore = new(1, 1);
        private readonly Timer _watch;
        private Hold? _holder;

        /// <summary>While writers wait, a timer looks at the holder every <see cref="Slice"/>; it stops when the gate is free.</summary>
        public Gate() => _watch = new Timer(_ => Watch());

        /// <summary>Waits for the gate; false (and the hold given up) after <paramref name="timeout"/>.</summary>
        public async Task<bool> EnterAsync(Hold hold, TimeSpan timeout, CancellationToken ct)
        {
            try
            {
                var wait = _semaphore.WaitAsync(timeout, ct);
                if (!wait.IsCompleted) _watch.Change(Slice, Slice);
                if (await wait) return Entered(hold);
            }
            catch
            {
                GiveUp(hold);
                throw;
            }
            GiveUp(hold);
            return false;
        }

        public bool Enter(Hold hold, TimeSpan timeout)
        {
            if (!_semaphore.Wait(0))
            {
                _watch.Change(Slice, Slice);
                if (!_semaphore.Wait(timeout))
                {
                    GiveUp(hold);
                    return false;
                }
            }
            return Entered(hold);
        }

        public void Exit(Hold hold)
        {
            Interlocked.CompareExchange(ref _holder, null, hold);
            _semaphore.Release();
        }

        private bool Entered(Hold hold)
        {
            lock (hold)
            {
                hold.Since = Stopwatch.GetTimestamp();
                hold.State = HoldState.Owning;
            }
            Volatile.Write(ref _holder, hold);
            return true;
        }

        /// <summary>Frees the hold of a transaction that ended without a commit or rollback event (its connection is in autocommit).</summary>
        private void Watch()
        {
            if (_semaphore.CurrentCount > 0)
            {
                _watch.Change(Timeout.Infinite, Timeout.Infinite);
                return;
            }
            if (Volatile.Read(ref _holder) is { Connection: { } connection } holder && Stopwatch.GetElapsedTime(holder.Since) > StaleAfter
                && (connection.Handle is not { } handle || raw.sqlite3_get_autocommit(handle) != 0))
                Release(holder);
        }

        private static void GiveUp(Hold hold)
        {
            lock (hold) hold.State = HoldState.Free;
        }
    }
}
