using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Liaison.Core.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock (<c>PRAGMA busy_timeout</c>), retrying within milliseconds, instead of
/// Microsoft.Data.Sqlite's managed retry, which sleeps 150 ms per attempt: under concurrent writers that sleep, not
/// the work, was most of a request's latency. The wait is bounded by the connection's own default timeout.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        // The C call, not a PRAGMA statement: EF opens the connection for each query, and preparing and running a
        // statement on every open was a measurable part of an API write.
        if (connection is SqliteConnection { Handle: { } handle } sqlite)
            SQLitePCL.raw.sqlite3_busy_timeout(handle, Math.Max(1, sqlite.DefaultTimeout) * 1000);
    }
}
