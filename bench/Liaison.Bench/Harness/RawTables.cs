using System.Diagnostics;
using Liaison.Core.Data;
using Microsoft.Data.Sqlite;

namespace Liaison.Bench.Harness;

/// <summary>Anchors: the raw engine storing rows in an unindexed table of text columns.</summary>
internal static class RawTables
{
    /// <summary>(Re)creates <paramref name="table"/> and inserts the rows with one prepared INSERT each, in one transaction; the inserts are timed.</summary>
    public static async Task<TimeSpan> SqliteInsertAsync(WorkspaceDatabase database, string table, int columns, IEnumerable<string[]> rows, CancellationToken ct)
    {
        await using var c = new SqliteConnection(database.ConnectionString);
        await c.OpenAsync(ct);
        await using (var create = c.CreateCommand())
        {
            create.CommandText = $"DROP TABLE IF EXISTS {table}; CREATE TABLE {table} ({string.Join(", ", Enumerable.Range(1, columns).Select(i => $"c{i} text"))})";
            await create.ExecuteNonQueryAsync(ct);
        }
        var sw = Stopwatch.StartNew();
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
        await using var insert = c.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Range(1, columns).Select(i => $"@c{i}"))})";
        var parameters = Enumerable.Range(1, columns).Select(i => insert.Parameters.Add($"@c{i}", SqliteType.Text)).ToArray();
        await insert.PrepareAsync(ct);
        foreach (var values in rows)
        {
            for (var i = 0; i < columns; i++) parameters[i].Value = values[i];
            await insert.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return sw.Elapsed;
    }
}
