using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Liaison.Core.Data;

/// <summary>
/// A statement run on the context's own connection (and transaction) without EF Core's query pipeline, for the checks
/// every process start makes (WorkspaceMigrator and the schema extensions): each LINQ or SqlQueryRaw query is translated
/// and compiled on its first run in a process, and EF Core's read of the migrations history first builds a model of
/// the history table; together about a fifth of a CLI command's start.
/// </summary>
internal static class PlainStatements
{
    public static async Task<object?> ScalarAsync(this LiaisonDbContext db, string sql, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, sql, ct);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    /// <summary>The first column of every row, as text.</summary>
    public static async Task<List<string>> TextColumnAsync(this LiaisonDbContext db, string sql, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, sql, ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct)) values.Add(reader.GetString(0));
        return values;
    }

    private static async Task<DbCommand> CommandAsync(LiaisonDbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        // EF Core opens the connection through its interceptors (SQLite's pragmas) and keeps it for the context.
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }
}
